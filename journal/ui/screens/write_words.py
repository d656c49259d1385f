"""Every sentence the Write screen says to the person, in one place to read and tune together.

Calm, warm and plain: no diagnosis, no score, no pressure. Keys are named as they are pressed.
"""

from __future__ import annotations

NUMBNESS_QUESTION = "How numb or disconnected do you feel right now?"
SCALE_HINT = "← → or a number to choose · Delete clears it · Tab moves on"
METER_INTRO = "If you like, place yourself on the mood meter too (both are optional):"
QUICK_HINT = "Just want to write? Ctrl+W goes straight to the page."
BODY_QUESTION = "Where do you notice anything in your body?"
BODY_HINT = 'Pick a place, then how it feels there. "Nothing right now" is an answer too.'
FEELINGS_QUESTION = "Which feelings are here, even faintly? Choose as many as fit."
NO_WORD_LEAD = "Not having a word for it yet is all right. Try coming at it another way:"
NO_PROMPT = "Write whatever you like. Ctrl+R offers a prompt if you want one."
WRITE_KEYS = "^R another prompt · ^E your own editor · ^T tags"
TAGS_PLACEHOLDER = "optional, separated by commas: work, sleep"
EDITING = "Editing your entry written {when}. Ctrl+S saves your changes; Esc stops editing."

DRAFT_NEW = "You have an unsaved check-in, last changed {when}. It is here, just as you left it."
DRAFT_EDIT = (
    "You have unsaved changes to your entry written {when}. They are here, just as you left them."
)

NOTHING_TO_SAVE = "There is nothing to save yet. Any one step, or a few words, is enough."
SAVE_FAILED = (
    "Thaw could not save just now. Nothing is lost: your check-in is still here. "
    "Please try Ctrl+S again in a moment."
)
CLEAR_NEW = "Clear this check-in and start fresh? What it holds cannot be brought back."
CLEAR_EDIT = "Stop editing and let go of your changes? The saved entry stays as it was."
NOT_FOUND = "That entry could not be found."
SAVE_FIRST = "You have a check-in in progress. Save it now, then open the entry you chose?"
SAVED_THEN_OPENED = "Your check-in is saved. Here is the entry you chose."
STILL_HERE = (
    "Your check-in is still here. Save it with Ctrl+S, or let it go (Ctrl+P, then "
    "Start fresh); then open the entry again."
)
TRASH_QUESTION = "Move this entry to the trash? You can bring it back from History for 30 days."
TRASHED = "The entry is in the trash. You can bring it back from History for 30 days."
LEFT_AS_IT_WAS = "Your entry is as it was. You can find it in History (F4)."
FIND_IT = "You can find it in History (F4)."
