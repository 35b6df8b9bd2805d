use yew::prelude::*;

use crate::text::{k, t};

/// "Read aloud": reads the screen with the device's own speech. The page's
/// start-up script (`web/boot.js`) answers the button (`data-read`), picks a
/// voice on the device for the page's language and unhides the message that
/// follows the button when there is none; it stops reading when the person
/// moves on. A plain function: the wasm only draws the button.
pub fn read_aloud() -> Html {
    html! {
        <div class="read-aloud no-print">
            <button type="button" class="btn btn-small" data-read="">{ t(k::UI_READ_ALOUD) }</button>
            <p class="help" role="status" hidden={true}>{ t(k::UI_NO_VOICE) }</p>
        </div>
    }
}
