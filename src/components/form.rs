//! The one vocabulary for form controls: plain functions (not components) over callbacks, so
//! every select and input on the page goes through the same few code paths, which keeps the
//! WebAssembly small. Two label styles: [`text_field`], [`choice_field`] and [`code_field`] (a
//! `<label for>` beside the control, an optional hint, `aria-invalid`; the consent page), and the
//! compact [`select_field`], [`input_field`] and [`text_area`] (the control inside its label; the
//! incidents page). An enum is chosen through [`code_field`]: the page gets the option's code and
//! reads the enum back with the enum's `from_code` (one code path for every enum).

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

/// A labelled control's identity: its id (also its `data-testid` and the label's `for`), its
/// label, the hint under it (`aria-describedby`) and whether it is `aria-invalid`.
#[derive(Clone, Copy)]
pub struct Field {
    pub id: &'static str,
    pub label: &'static str,
    /// Empty for none.
    pub hint: &'static str,
    pub invalid: bool,
}

impl Field {
    /// A field with no hint, valid.
    pub fn new(id: &'static str, label: &'static str) -> Field {
        Field {
            id,
            label,
            hint: "",
            invalid: false,
        }
    }

    /// The same field with a hint.
    pub fn hint(self, hint: &'static str) -> Field {
        Field { hint, ..self }
    }

    /// The same field, `aria-invalid` when `invalid`.
    pub fn invalid(self, invalid: bool) -> Field {
        Field { invalid, ..self }
    }

    /// `<div class="field"><label for>…</label>{control}{hint}{extra}</div>`.
    fn wrap(self, control: Html, extra: Html) -> Html {
        html! {
            <div class="field">
                <label for={self.id}>{ self.label }</label>
                { control }
                if !self.hint.is_empty() {
                    <span class="hint" id={[self.id, "-hint"].concat()}>{ self.hint }</span>
                }
                { extra }
            </div>
        }
    }

    fn described(self) -> Option<String> {
        (!self.hint.is_empty()).then(|| [self.id, "-hint"].concat())
    }
}

/// A text `<input>` (or a `<textarea>` of `rows` rows when `rows` is not empty) with its label
/// and hint;
/// `on_change` gets the whole value on every keystroke. `extra` goes under the hint.
pub fn text_field(
    f: Field,
    value: AttrValue,
    placeholder: &'static str,
    rows: &'static str,
    on_change: &Callback<String>,
    extra: Html,
) -> Html {
    let invalid = f.invalid.then_some("true");
    let control = if !rows.is_empty() {
        let oninput = on_change
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
        html! {
            <textarea id={f.id} data-testid={f.id} {rows} {value} {placeholder}
                {oninput} spellcheck="false" autocomplete="off" aria-invalid={invalid}
                aria-describedby={f.described()} />
        }
    } else {
        let oninput =
            on_change.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        html! {
            <input id={f.id} data-testid={f.id} type="text" {value} {placeholder} {oninput}
                spellcheck="false" autocomplete="off" aria-invalid={invalid}
                aria-describedby={f.described()} />
        }
    };
    f.wrap(control, extra)
}

/// A `<select>` with its label; `on_change` gets the chosen option's value.
pub fn choice_field(f: Field, choices: Vec<Choice>, on_change: &Callback<String>) -> Html {
    let onchange =
        on_change.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let control = html! {
        <select id={f.id} data-testid={f.id} {onchange} aria-invalid={f.invalid.then_some("true")}>
            { for choices.into_iter().map(|c| html! { <option value={c.value} selected={c.selected}>{ c.label }</option> }) }
        </select>
    };
    f.wrap(control, Html::default())
}

/// A [`choice_field`] over an enum's values: `item(i)` is the
/// `i`-th of `count` values as its code and its label; `on_change` gets the chosen code, which
/// the receiver reads back with the enum's `from_code`. One non-generic code path for every
/// enum, where a generic function over the enum type would cost its code once per enum type.
pub fn code_field(
    f: Field,
    count: usize,
    current: &str,
    item: &dyn Fn(usize) -> (&'static str, AttrValue),
    on_change: &Callback<String>,
) -> Html {
    let choices = (0..count)
        .map(|i| {
            let (code, label) = item(i);
            Choice::new(code, label, current)
        })
        .collect();
    choice_field(f, choices, on_change)
}
