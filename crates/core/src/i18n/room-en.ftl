# The room's words: the participant page (page-…), which the room sends to
# the browser in the page's data, and the window's room screen (room-…).
# A page text's { $n }, { $name }, { $points } and { $file } are filled in
# by the page's script, in the browser, always as text.
#
# Written for people, not machine-translated.

## The participant page

page-intro = Share out { $points } points among these ingredients: more points for what matters more to you.
page-intro-free = Give each ingredient from 0 to 100: more for what matters more to you.
page-name-label = Your name (optional)
page-points-left = { $n } points left
page-point-left = 1 point left
page-no-points-left = All points shared out
page-total = Total: { $n }
page-fewer = Fewer points for { $name }
page-more = More points for { $name }
page-points-value = { $n } points
page-point-value = 1 point
page-unnamed = Ingredient { $n }
page-send = Send my answer
page-send-again = Send my changed answer
page-resend = Send again
page-save-file = Save my answer as a file
page-sending = Sending…
page-received = Received — thank you! You can change your answer and send it again: the latest one counts.
page-received-named = Received — thank you, { $name }! You can change your answer and send it again: the latest one counts.
page-changed = Changed since you sent it: send it again to replace your answer.
page-saved-file = Saved as { $file }. Attach it to your reply.
page-need-points = Give at least one point before sending.
page-err-too-many = This device has sent too many answers. Please ask the facilitator.
page-err-full = The room is full. Please ask the facilitator.
page-err-invalid = The answer could not be read. Please reload the page and try again.
page-err-network = The room could not be reached. Check that you are on the meeting's network, then send again.
page-err-not-saved = The facilitator's computer could not save your answer. Please tell the facilitator.
page-err-closed = This room is closed. Please ask the facilitator for the new address.
page-privacy = Your answer goes only to the facilitator's computer, here in the room.
page-file-hint = Nothing is sent anywhere: your browser saves a small recipe file. Attach it to your reply to the facilitator.
