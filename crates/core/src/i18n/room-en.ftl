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

## The room in the window

room-menu = Open a room…
room-menu-hint = Participants answer from their phones' browsers on this network: no app, no account. In presentation: { $key }
room-menu-form = Export participant form…
room-menu-form-hint = The participant page as one file, for pre-work by email: it saves the answer as a recipe file.
room-title = Room
room-back = ⬅ Back
room-back-hint = { $key }: back to where you were; the room stays open
room-setup-heading = Open a room for “{ $title }”
room-setup-intro = Participants answer from their phones' browsers on this network: no app, no account, no internet. Each answer is saved at once as a recipe file.
room-setup-how = How participants answer
room-mode-points = Share out points
room-points-label = Points to share out
room-mode-free = Free amounts (0–100 for each ingredient)
room-setup-folder = Answers go to
room-choose-folder = Choose folder…
room-open = Open the room
room-reopen = Reopen the room
room-open-hint = { $key }
room-answers = { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }
room-closed-note = The room is closed; { $answers } in { $folder }. Reopening picks them up, with the same address where the question has not changed.
room-network = Participants reach this computer at { $ip }.
room-no-network = No network found: connect this computer to the meeting's Wi-Fi (or a phone's hotspot), then open the room.
room-firewall-windows = Windows may ask whether CX Recipe Designer may use the network: allow it on private networks, or phones cannot reach the room.
room-firewall-mac = macOS may ask whether to accept incoming network connections: accept them, or phones cannot reach the room.
room-firewall-other = Phones must be on the same network as this computer.
room-join = Scan the code, or open this address on a phone:
room-code = Room code
room-count = { $count ->
        [0] No answers yet
        [one] 1 answer
       *[other] { $count } answers
    }
room-mode-points-line = Share out { $points } points
room-mode-free-line = Free amounts, 0–100 for each ingredient
room-folder-line = Answers go to { $folder }
room-close = Close room
room-close-hint = The server stops at once; the answers stay in the folder
room-show-blend = Show the blend
room-show-blend-hint = The blend of the answers so far; new answers appear as they come
room-copy = Copy address
room-copied = Address copied: { $address }
room-qr = QR code of { $address }
room-open-failed = The room could not open: { $error }
room-recipe-empty = The room asks about the recipe's ingredients: add at least one first.
room-closed-message = The room is closed: { $answers } in { $folder }.
room-closed-by-document = The room for the previous recipe is closed: { $answers } in { $folder }.
room-not-saved = An answer could not be saved: { $error }
room-live = Room open: { $answers }. New answers appear as they come.
room-live-back = Back to the room
room-present-key = { $key }: open a room for participants' phones
room-form-saved = Participant form saved to { $path }: email it for pre-work; it saves the answer as a recipe file.
room-form-failed = Could not write the form to { $path }: { $reason }. Nothing was changed.
room-path-folder-title = Where the answers go
room-path-folder-action = Use this folder
room-path-form-title = Export participant form
room-form-filter = Web page (HTML)
