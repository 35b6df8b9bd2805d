use yew::prelude::*;

use crate::text::{fill, k, t};

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// 1-based position of this step among the steps asked now.
    pub at: usize,
    pub of: usize,
}

/// "Step 3 of 12, about 10 min left" with a bar. The total follows skip
/// logic, so it stays honest; the minutes count about one a step left,
/// this one included.
#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let min = (props.of + 1).saturating_sub(props.at).max(1);
    // One minute left is said in the singular ("queda 1 min").
    let key = if min == 1 {
        k::UI_PROGRESS_LAST
    } else {
        k::UI_PROGRESS
    };
    let label = fill(
        t(key),
        &[
            ("at", &props.at.to_string()),
            ("of", &props.of.to_string()),
            ("min", &min.to_string()),
        ],
    );
    html! {
        <div class="progress">
            <span class="progress-label">{ label.clone() }</span>
            <progress class="bar" aria-label={label} max={props.of.to_string()} value={props.at.to_string()}></progress>
        </div>
    }
}
