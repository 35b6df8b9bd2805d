use yew::prelude::*;

use crate::text::{fill, t};

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// 1-based position of this step among the steps asked now.
    pub at: usize,
    pub of: usize,
}

/// "Step 3 of 12" with a bar. The total follows skip logic, so it stays honest.
#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let label = fill(
        t("ui.progress"),
        &[("at", &props.at.to_string()), ("of", &props.of.to_string())],
    );
    let pct = (props.at * 100).checked_div(props.of).unwrap_or(0);
    html! {
        <div class="progress">
            <span class="progress-label">{ label.clone() }</span>
            <div class="bar" role="progressbar" aria-label={label} aria-valuemin="0"
                 aria-valuemax={props.of.to_string()} aria-valuenow={props.at.to_string()}>
                <div class="fill" style={format!("width:{pct}%")}></div>
            </div>
        </div>
    }
}
