//! A labelled text input or textarea with a hint; emits the whole value on every keystroke.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputFieldProps {
    /// The element id (also the `for` of the label).
    pub id: AttrValue,
    /// `data-testid` of the input.
    pub testid: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// The full new value on every keystroke.
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub hint: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Marks the field `aria-invalid`.
    #[prop_or_default]
    pub invalid: bool,
    /// A `<textarea>` with this many rows instead of an `<input>` (0 = input).
    #[prop_or_default]
    pub rows: u32,
    #[prop_or_default]
    pub children: Html,
}

/// A labelled text input (or textarea) with an optional hint; the value is rendered as text.
/// A plain view function over its props (built with `yew::props!`), not a component: it has no
/// state, and each component costs bundle size.
pub fn input_field(props: &InputFieldProps) -> Html {
    let InputFieldProps {
        id,
        testid,
        label,
        value,
        on_change,
        hint,
        placeholder,
        invalid,
        rows,
        children,
    } = props;
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    let control = if *rows > 0 {
        let oninput = on_change
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
        html! {
            <textarea id={id.clone()} data-testid={testid.clone()} rows={rows.to_string()}
                value={value.clone()} placeholder={placeholder.clone()} {oninput}
                spellcheck="false" autocomplete="off" aria-invalid={invalid.then_some("true")}
                aria-describedby={described} />
        }
    } else {
        let oninput =
            on_change.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        html! {
            <input id={id.clone()} data-testid={testid.clone()} type="text" value={value.clone()}
                placeholder={placeholder.clone()} {oninput} spellcheck="false" autocomplete="off"
                aria-invalid={invalid.then_some("true")} aria-describedby={described} />
        }
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.clone() }</label>
            { control }
            if !hint.is_empty() {
                <span class="hint" id={hint_id}>{ hint.clone() }</span>
            }
            { children.clone() }
        </div>
    }
}
