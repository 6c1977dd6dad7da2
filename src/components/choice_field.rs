//! A labelled `<select>` over `(value, label)` pairs; emits the chosen value.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    pub id: AttrValue,
    /// `data-testid` of the `<select>`.
    pub testid: AttrValue,
    pub label: AttrValue,
    /// The selected option's value.
    pub value: AttrValue,
    /// `(value, label)` pairs, in display order.
    pub options: Rc<Vec<(AttrValue, AttrValue)>>,
    /// The value of the newly selected option.
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub invalid: bool,
}

/// A labelled `<select>`. A plain view function over its props (built with `yew::props!`), not a
/// component: it has no state, and each component costs bundle size.
pub fn choice_field(props: &ChoiceFieldProps) -> Html {
    let ChoiceFieldProps {
        id,
        testid,
        label,
        value,
        options,
        on_change,
        invalid,
    } = props;
    let onchange =
        on_change.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.clone() }</label>
            <select id={id.clone()} data-testid={testid.clone()} {onchange}
                aria-invalid={invalid.then_some("true")}>
                { for options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={v == value}>{ l.clone() }</option>
                }) }
            </select>
        </div>
    }
}
