//! Form controls shared by the incidents components. Plain functions (not components) over
//! `Callback<String>`: every select and input on the page goes through the same few code paths,
//! which keeps the WebAssembly small.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// One `<option>`.
pub struct Choice {
    /// The option's value.
    pub value: AttrValue,
    /// What the user reads.
    pub label: AttrValue,
    /// Whether it is the current value.
    pub selected: bool,
}

impl Choice {
    /// An option that is selected when `value == current`.
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>, current: &str) -> Choice {
        let value = value.into();
        let selected = value.as_str() == current;
        Choice {
            value,
            label: label.into(),
            selected,
        }
    }
}

/// A labelled `<select>`; `on_change` receives the chosen value.
pub fn select_field(
    label: Html,
    testid: &'static str,
    choices: Vec<Choice>,
    disabled: bool,
    on_change: &Callback<String>,
) -> Html {
    let onchange =
        on_change.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <label class="field">
            <span>{ label }</span>
            <select data-testid={testid} {disabled} {onchange}>
                { for choices.into_iter().map(|c| html! { <option value={c.value} selected={c.selected}>{ c.label }</option> }) }
            </select>
        </label>
    }
}

/// A labelled `<input>` of type `kind`; `on_input` receives the text on every keystroke (or on
/// change, for dates).
pub fn input_field(
    label: Html,
    testid: &'static str,
    kind: &'static str,
    value: AttrValue,
    placeholder: AttrValue,
    disabled: bool,
    on_input: &Callback<String>,
) -> Html {
    let (oninput, onchange) = if kind == "date" {
        let read = |e: Event| e.target_unchecked_into::<HtmlInputElement>().value();
        (None, Some(on_input.reform(read)))
    } else {
        let read = |e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value();
        (Some(on_input.reform(read)), None)
    };
    html! {
        <label class="field">
            <span>{ label }</span>
            <input data-testid={testid} type={kind} {value} {placeholder} {disabled} {oninput} {onchange}
                spellcheck="false" autocomplete="off" />
        </label>
    }
}

/// A labelled `<textarea>`.
pub fn text_area(
    label: Html,
    testid: &'static str,
    value: AttrValue,
    placeholder: AttrValue,
    disabled: bool,
    on_input: &Callback<String>,
) -> Html {
    let oninput =
        on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <label class="field">
            <span>{ label }</span>
            <textarea data-testid={testid} rows="3" {value} {placeholder} {disabled} {oninput} spellcheck="false" autocomplete="off" />
        </label>
    }
}

/// A button that emits `()`.
pub fn button(
    testid: &'static str,
    secondary: bool,
    disabled: bool,
    label: &str,
    on_click: &Callback<()>,
) -> Html {
    html! {
        <button class={secondary.then_some("secondary")} data-testid={testid} {disabled} onclick={on_click.reform(|_| ())}>{ label.to_owned() }</button>
    }
}
