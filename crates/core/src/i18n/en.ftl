# CX Recipe Designer — English. Every visible string of the window.
# Keys are the same in es.ftl and de.ftl; a test checks it.

## Menus.

menu-file = File
menu-file-new = New
menu-file-new-from-template = New from template
menu-file-open = Open…
menu-file-open-recent = Open recent
menu-file-save = Save
menu-file-save-as = Save as…
menu-file-compare = Compare with…
menu-file-blend = Blend…
menu-file-quit = Quit
menu-edit = Edit
menu-edit-undo = Undo
menu-edit-redo = Redo
menu-edit-add-ingredient = Add ingredient
menu-edit-move-up = Move up
menu-edit-move-down = Move down
menu-edit-remove-ingredient = Remove ingredient
menu-edit-add-step = Add step
menu-view = View
menu-view-library = Ingredient library
menu-view-hide-library = Hide ingredient library
menu-view-decimals = Decimals in percentages
menu-view-present = Present
menu-view-theme = Theme
menu-view-group-small = Group slices under 3 % as “Other”
menu-view-chart-as-table = Show the chart as a table
menu-view-language = Language
menu-view-language-system = System ({ $language })
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast

## The shipped templates (File ▸ New from template). Their recipes stay as
## written in their files.

template-ideal-cx = Ideal CX
template-ideal-cx-summary = The five base ingredients in kitchen measures: efficiency, speed, personalised attention, consistency and technology.
template-bake-then-cook = Bake, then cook
template-bake-then-cook-summary = The groundwork first (research, listening, measures, training), then the creative work, in 100 parts.
template-star-chef = Cook like a star chef
template-star-chef-summary = Passion, a strategy, many cooks and fresh data, prepared in the right order.
template-brand-promise = Keep the brand promise
template-brand-promise-summary = Real-time, context and predictability for known personas and their journeys, across every channel.
template-cx-kitchen = The CX kitchen
template-cx-kitchen-summary = Twelve ingredients beyond the base five, 100 points shared out.

## The window's frame: the drop overlay, the banner, dialogs.

recipe-untitled = Untitled recipe
drop-open = Drop a recipe (.ron) to open it
drop-hint = Hold Shift to compare it with the open one · drop several to blend them
banner-dismiss = Dismiss this message
dialog-unsaved-title = Unsaved changes
dialog-unsaved-before-closing = Save the changes to “{ $name }” before closing?
dialog-unsaved-before-new = Save the changes to “{ $name }” before starting a new recipe?
dialog-unsaved-before-open = Save the changes to “{ $name }” before opening another recipe?
dialog-unsaved-before-blend = Save the changes to “{ $name }” before opening the team blend?
dialog-unsaved-lost = If you don't save, they are lost.
dialog-save = Save
dialog-dont-save = Don't save
dialog-cancel = Cancel
path-open-title = Open a recipe
path-open = Open
path-save-title = Save the recipe
path-compare-title = Compare with a recipe
path-compare = Compare
path-blend-title = Blend recipes
path-blend = Blend
path-save-blend-title = Save the team blend
path-label = File path
file-dialog-filter = CX recipe (*.ron)
file-dialog-filter-any = Recipes, and charts that carry one (*.ron, *.png, *.svg)
file-dialog-open = Open recipe
file-dialog-save = Save recipe
file-dialog-compare = Compare with recipe
file-dialog-blend = Blend recipes (choose several)
restore-title = Restore unsaved changes?
restore-text = CX Recipe Designer did not close cleanly last time. It kept the unsaved changes to { $from }.
restore-restore = Restore
restore-discard = Discard

## Messages in the banner. { $error } is the core's own message (English).

no-dialog = No file dialog could be shown on this system: on Linux it needs the desktop portal (xdg-desktop-portal) or zenity. Type the path instead.
no-dialog-many = No file dialog could be shown on this system: on Linux it needs the desktop portal (xdg-desktop-portal) or zenity. Type the folder that holds the recipes, or their paths separated by ";".
path-replace = { $path } already exists: press Save again to replace it.
files-template-failed = The template could not be read: { $error }
files-recent-gone = { $path } is no longer there, so it was removed from the recent files.
files-open-failed = Could not open the recipe; the one on screen is unchanged. { $error }
files-saved = Saved { $path }
files-save-failed = { $error }. Your changes are still here.
blend-saved = Saved the team blend to { $path }. The open recipe is unchanged.
blend-save-failed = { $error }. The blend is still on screen.
blend-opened = The team blend is open as a new recipe: save it to keep it.
budget-capped = Capped at { $amount } { $count ->
        [one] point
       *[other] points
    }: the budget of { $budget } is spent.
compare-open-failed = Could not open the recipe to compare with; the open recipe is unchanged. { $error }
blend-too-many = Only the first { $count } files are blended; the rest were left out.
blend-none-read = None of the files could be read, so there is nothing to blend; the open recipe is unchanged.
blend-some-unread = { $count ->
        [one] 1 file could not be read and is left out of the blend of { $total }; the open recipe is unchanged.
       *[other] { $count } files could not be read and are left out of the blend of { $total }; the open recipe is unchanged.
    }
blend-no-recipes = There is no recipe (.ron) in { $path }, so there is nothing to blend.
recover-unreadable = Unsaved changes from an earlier session could not be read: { $error }
recover-restored-copy-failed = Could not keep a recovery copy of the restored changes: { $error }
recover-restored = Restored the unsaved changes. Save them to keep them.
recover-copy-failed = Could not keep a recovery copy of your unsaved changes: { $error }
edit-max-ingredients = A recipe holds at most { $count } ingredients.
edit-max-steps = A method holds at most { $count } steps.
edit-new-ingredient = New ingredient { $number }
edit-new-step = Step { $number }

## The editor: title, tabs, footer, budget.

editor-recipe = Recipe
editor-title-hint = Recipe title
tab-ingredients = Ingredients
tab-method = Method
tab-profile = Profile
footer-add = ➕ Add ingredient
footer-add-hint = Add an ingredient of your own ({ $keys })
footer-library = 📚 Library…
footer-hide-library = Hide library
footer-library-hint = The ingredients the articles name, ready to add ({ $keys })
footer-total-ml = Total: { $total } ml
footer-total-parts = Total: { $total } parts
footer-total-none = Total: –
footer-measure-in = Measure in:
footer-volumes = Kitchen volumes
footer-volumes-hint = Litres, cups and spoons, compared in millilitres
footer-parts = Parts
footer-parts-hint = Plain parts or points: the same mix without kitchen units
problem-no-ingredients = No ingredients yet: add one to start the mix.
problem-zero-total = The total is zero: give an ingredient an amount to see the mix.
budget-label = Points budget
budget-hint = The “100 points” exercise: a fixed number of points to share out. An amount that would spend more than is left is capped.
budget-field = Budget in points
budget-field-hint = The points to share out
budget-left = { $points } { $count ->
        [one] point
       *[other] points
    } left
budget-over = { $points } over the budget

## The organisation profile and the advice.

profile-intro = How much baking (structured foundation work) an organisation needs depends on who it is. Describe it, and the app suggests a range for the baking share.
profile-give-advice = Give advice for this organisation
profile-suggested = Suggested baking: { $low }–{ $high } %
profile-all-middle = Every setting is in the middle: the range is the starting one.
profile-how = How the range is worked out
profile-how-text = Start from { $low }–{ $high } % baking. Each setting moves both ends by { $points } percentage points for every step away from the middle: up for a more formal brand, more complex products, a larger organisation and a more regulated industry; down the other way. The ends stay within 0–100 %.

## The ingredient library panel.

library-title = Ingredient library
library-search = Search
library-search-hint = e.g. data, baking, voice
library-nothing = Nothing matches: add your own with ➕ Add ingredient.
library-select = { $name } is in the recipe: select it
library-add = Add { $name }
library-how = { $action } (click, Enter, or drag onto the table)
group-base = Base
group-baking = Baking
group-cooking = Cooking
group-more = More
tag-baking = Baking
tag-cooking = Cooking
tag-baking-lower = baking
tag-cooking-lower = cooking
tag-baking-meaning = Exact, structured groundwork that must be right first, like a cake that needs the right oven temperature.
tag-cooking-meaning = Creative work that tastes and adjusts as it goes, building on the groundwork.
tag-neither = Neither
tag-neither-meaning = Neither baking nor cooking
tag-untagged = Untagged

## The ingredient table. { $name } is the ingredient's name.

ingredient-unnamed = ingredient { $number }
table-ingredient = Ingredient
table-amount = Amount
table-unit = Unit
table-share = Share
table-kind = Kind
table-move-of = Move { $name }
table-move-hint = Drag to move { $name } (or { $up } / { $down })
table-colour-of = Colour of { $name }
table-name-hint = Ingredient name
table-name-of = Name of { $name }
table-amount-of = Amount of { $name }: drag or type
table-unit-of = Unit of { $name }
table-share-of = Share of { $name }: drag or type to change it; the unlocked others make room
table-no-shares = No shares while the total is zero
table-unlock = Unlock the share of { $name }
table-lock = Lock the share of { $name }
table-note-on = Note on { $name }
table-note-hint = Why this ingredient, and how much
table-add-note = Add a note to { $name }
table-note = Note: { $note }
table-remove = Remove { $name }
table-kind-of = Kind of { $name }: baking, cooking or neither

## Units, by amount (1 cup, 2 cups).

unit-part = { $count ->
        [one] part
       *[other] parts
    }
unit-ml = ml
unit-cc = cc
unit-litre = { $count ->
        [one] litre
       *[other] litres
    }
unit-teaspoon = { $count ->
        [one] teaspoon
       *[other] teaspoons
    }
unit-tablespoon = { $count ->
        [one] tablespoon
       *[other] tablespoons
    }
unit-cup = { $count ->
        [one] cup
       *[other] cups
    }
unit-us-teaspoon = { $count ->
        [one] US teaspoon
       *[other] US teaspoons
    }
unit-us-tablespoon = { $count ->
        [one] US tablespoon
       *[other] US tablespoons
    }
unit-us-cup = { $count ->
        [one] US cup
       *[other] US cups
    }
system-parts = parts
system-volume = kitchen volumes

## The method: steps and the order check. { $number } counts from 1.

method-add-step = ➕ Add step
method-add-step-hint = Add a step at the end (it uses the selected ingredient)
method-reorder-hint = Drag ☰ or press { $up } / { $down } to reorder.
method-order-ok = ✔ The order of work follows the order rules.
method-empty = No steps yet. A recipe is also an order of work: add the steps, and say which ingredients each one uses.
method-move-step = Move step { $number }
method-move-step-hint = Drag to move this step (or { $up } / { $down })
method-title-hint = What is done
method-title-of = Title of step { $number }
method-remove-step = Remove step { $number }
method-remove-step-hint = Remove this step
method-detail-hint = Detail (optional): how, who, by when
method-detail-of = Detail of step { $number }
method-uses = Uses:
method-use = Use { $name } in step { $number }
method-stop-using = Stop using { $name } in step { $number }
rule-bake-before-cook = bake before you cook
rule-bake-before-cook-why = Creative work needs something solid to stand on, so lay the precise groundwork (research, measures, dashboards) before improvising on top of it.
rule-clean-data = clean data before personalising
rule-clean-data-why = A personal touch is only as good as what you know about the person, so clean and update customer data before using it to personalise.
warning-bake-before-cook = { $rule }: step { $step } uses { $waits } (cooking) before step { $later } builds { $first } (baking)
warning-clean-data = { $rule }: step { $step } uses { $waits } before step { $later } works on { $first }

## Fonts: what no installed font can show.

fonts-missing-in = No installed font can show { $chars } in “{ $place }”; { $count ->
        [one] it shows
       *[other] they show
    } as boxes.
fonts-missing = No installed font can show { $chars }; { $count ->
        [one] it shows
       *[other] they show
    } as boxes.

## The chart panel, its table, presentation mode.

chart-show-chart = Show as chart
chart-show-chart-hint = Show the pie chart again
chart-show-table = Show as table
chart-show-table-hint = The chart's names, amounts and shares as a table (for screen readers too)
chart-pie-name = Pie chart of the recipe's shares
chart-other = Other ({ $count })
chart-other-holds = under 3 % each — { $names }
chart-share = Share: { $percent }
chart-table-other = In the chart, "Other" holds the slices under 3 %: { $names }.
present-leave = Leave ({ $keys })
present-leave-hint = Back to the screen before
present-help = Keys ({ $keys })
present-help-title = Keys
present-help-close = { $keys } or Esc: close this help
present-key-select = select an ingredient
present-key-amount = change its amount by one step
present-key-lock = lock or unlock its share
present-key-group = group the slices under 3 % as “Other”
present-key-undo = undo, redo
present-key-help = show or hide these keys
present-key-leave = leave the projection
present-locked = locked

## The compare and blend screens.

unit-pp = { $value } pp
compare-title = Compare
compare-nothing = Nothing to compare: choose File ▸ Compare with… in the editor.
compare-changes = What changed from A to B
compare-changes-how = In percentage points, the largest change first
compare-back = ⬅ Back to the editor
compare-back-hint = { $keys }: the open recipe is as you left it
compare-no-shares = No shares yet: the total is zero.
compare-empty = Neither recipe has any ingredients.
compare-change = Change
compare-page = Page { $number } of { $count } · { $what } · { $keys }
compare-page-changes = Every ingredient: A, B and the change
compare-key-pages = the previous or the next page
compare-only-a = only in A
compare-only-b = only in B
compare-zero-total = { $side }'s total is zero, so it has no shares yet: its ingredients count as 0 %.
blend-title = Team blend
blend-save-as = Save blend as…
blend-save-as-hint = Save the blend as a recipe of 100 parts, with the spread in its notes
blend-open = Open blend as recipe
blend-open-hint = Edit the blend: it replaces the open recipe (asking to save it first)
blend-nothing = Nothing to blend: choose File ▸ Blend… in the editor.
blend-disagrees = Where the team disagrees
blend-mean-of = Mean share of { $count } { $count ->
        [one] recipe
       *[other] recipes
    }; the bar runs from the smallest share to the largest, the dot is the mean.
blend-empty = Nothing to blend yet.
blend-mean = Mean
blend-spread = Spread (0–{ $top } %)
blend-sd = SD
blend-named-by = Named by
blend-named-of = { $named } of { $count }
blend-left-out-zero = Left out, as their total is zero: { $names }.
blend-left-out-unread = Left out, as they could not be read:
blend-range-bar = { $name }: mean { $mean } %, smallest { $min } %, largest { $max } %, standard deviation { $sd } pp
blend-previous = ◀ Previous
blend-previous-hint = ← or Page Up
blend-next = Next ▶
blend-next-hint = → or Page Down
blend-everyone = Everyone together
blend-participant = Participant { $number } of { $count }
blend-the-team = The team
blend-of = Blend of { $count } { $count ->
        [one] recipe
       *[other] recipes
    }
blend-kind = Kind
blend-range = Range
blend-who-named = Who named { $name }: { $named }
blend-who-named-hint = Show or hide who named it, with what share, tag and note
blend-voice-wrote = wrote { $spelling }
blend-voice-note = note: { $note }
blend-not-named = Not named by { $names }
blend-balance-title = The team's balance
blend-notes-title = Notes of the team recipe
blend-present = Present ({ $keys })
blend-present-hint = Show the reveal full screen for the room
blend-present-leave = Back to the blend ({ $keys })
blend-present-keys = Back to the blend ({ $leave }). Left or Page Up: the previous participant. Right or Page Down: the next, then the team.
blend-key-reveal = the previous or the next participant, then the team
blend-key-leave = back to the blend
blend-key-other = list what “Other” holds (or click its row); Esc closes the list
blend-other-title = What “{ $other }” holds
blend-other-page = Page { $page } of { $pages } · { $turn }: another page · Esc or { $key }: close
blend-other-close = Esc or { $key }: close

## The profile's factors and levels, and the advice.

factor-personality = Brand personality
factor-personality-hint = A formal brand needs more baking; a casual one can improvise more.
factor-personality-very-low = Very casual
factor-personality-low = Casual
factor-personality-middle = Between casual and formal
factor-personality-high = Formal
factor-personality-very-high = Very formal
factor-products = Products
factor-products-hint = Complex products need more baking; simple ones leave room to cook.
factor-products-very-low = Very simple
factor-products-low = Simple
factor-products-middle = Between simple and complex
factor-products-high = Complex
factor-products-very-high = Very complex
factor-size = Organisation size
factor-size-hint = A large organisation needs more baking; a small one can cook more.
factor-size-very-low = Very small
factor-size-low = Small
factor-size-middle = Between small and large
factor-size-high = Large
factor-size-very-high = Very large
factor-industry = Industry
factor-industry-hint = The more regulated, complex or unionised the industry, the more baking it needs.
factor-industry-very-low = Very lightly regulated
factor-industry-low = Lightly regulated
factor-industry-middle = Between lightly and heavily regulated
factor-industry-high = Heavily regulated
factor-industry-very-high = Very heavily regulated
push-personality-very-low = Very casual brand personality
push-personality-low = Casual brand personality
push-personality-high = Formal brand personality
push-personality-very-high = Very formal brand personality
push-products-very-low = Very simple products
push-products-low = Simple products
push-products-high = Complex products
push-products-very-high = Very complex products
push-size-very-low = Very small organisation
push-size-low = Small organisation
push-size-high = Large organisation
push-size-very-high = Very large organisation
push-industry-very-low = Very lightly regulated industry
push-industry-low = Lightly regulated industry
push-industry-high = Heavily regulated industry
push-industry-very-high = Very heavily regulated industry
advice-push = { $reason }: { $points } { $count ->
        [one] point
       *[other] points
    }
verdict-under = under
verdict-inside = inside
verdict-over = over
advice-inside = Baking is { $share } % of the mix, inside the suggested { $low }–{ $high } %.
advice-under = Baking is { $share } % of the mix, under the suggested { $low }–{ $high } %: move at least { $gap } percentage { $count ->
        [one] point
       *[other] points
    } of the mix to baking ingredients.
advice-over = Baking is { $share } % of the mix, over the suggested { $low }–{ $high } %: move at least { $gap } percentage { $count ->
        [one] point
       *[other] points
    } of the mix to cooking or untagged ingredients.
balance-suggested = suggested { $low }–{ $high } %: { $verdict }

## Error messages about the recipe (lower case first: the banner makes a
## sentence of them).

error-mixed-units = "{ $part }" is measured in parts but "{ $volume }" in a kitchen volume; a recipe uses either parts or volumes (convert the whole recipe instead)
error-wrong-system = { $unit } is not one of this recipe's { $system } units
error-bad-amount = an amount must be a finite number of 0 or more, not { $amount }
error-no-such-ingredient = there is no ingredient number { $number }
error-too-large = "{ $name }" would measure { $amount } { $unit }, over the limit of { $limit } for one amount
error-too-small = "{ $name }" is too small to measure in { $unit }
error-zero-total = the total is zero, so there are no shares to change yet
error-all-others-locked = no other ingredient can make room: the others are all locked, or there are none

## The ingredient library: names and one-line descriptions.

lib-efficiency = Efficiency
lib-efficiency-desc = Getting things done for the customer without wasted steps or effort.
lib-speed = Speed
lib-speed-desc = How soon a customer gets an answer, a delivery or a fix.
lib-personalised-attention = Personalised attention
lib-personalised-attention-desc = Treating each customer as a person with a history, not a ticket number.
lib-consistency = Consistency
lib-consistency-desc = The same standard at every touchpoint, every time.
lib-technology = Technology
lib-technology-desc = The systems and tools behind the experience, self-service included.
lib-customer-research = Customer research
lib-customer-research-desc = Finding out who customers are, what they do and what they need.
lib-voice-of-the-customer = Voice of the customer
lib-voice-of-the-customer-desc = Collecting what customers say about you, in their own words, and listening.
lib-learning-and-education = Learning & education
lib-learning-and-education-desc = Teaching teams what a good experience is and how to deliver it.
lib-metrics = Metrics
lib-metrics-desc = Agreed measures of how the experience is going.
lib-scorecards-and-dashboards = Scorecards & dashboards
lib-scorecards-and-dashboards-desc = The measures shown where everyone sees them, on a regular rhythm.
lib-understanding-the-why = Understanding the why
lib-understanding-the-why-desc = Looking past the numbers to the reasons customers feel as they do.
lib-ideation-and-redesign = Ideation & redesign
lib-ideation-and-redesign-desc = Coming up with new ideas and reshaping journeys around them.
lib-storytelling = Storytelling
lib-storytelling-desc = Passing customer stories around so the whole company feels them.
lib-champion-programme = Champion programme
lib-champion-programme-desc = People in every team who carry the customer's view into their own work.
lib-test-and-learn = Test & learn
lib-test-and-learn-desc = Trying small changes, watching what happens, keeping what works.
lib-cross-functional-collaboration = Cross-functional collaboration
lib-cross-functional-collaboration-desc = Departments working on a customer problem together instead of in turns.
lib-company-culture = Company culture
lib-company-culture-desc = Shared habits and values that put the customer at the centre of decisions.
lib-user-experience = User experience
lib-user-experience-desc = How easy and pleasant a product or screen is to use: the filling, not the whole pastry.
lib-customer-support = Customer support
lib-customer-support-desc = Help when a customer asks for it: one room of the house, not the house.
lib-omni-channel = Omni-channel
lib-omni-channel-desc = One connected journey across phone, web, app and shop, switching without friction.
lib-data-and-insights = Data & insights
lib-data-and-insights-desc = What you know about customers, and the skill to use it with feeling.
lib-real-time = Real-time
lib-real-time-desc = Answering when the customer chooses: before, during and after a purchase.
lib-context = Context
lib-context-desc = Fitting the message to the customer's time, place and situation.
lib-predictability = Predictability
lib-predictability-desc = Knowing what a customer will want next from what you already know.
lib-personas-and-journeys = Personas & journeys
lib-personas-and-journeys-desc = Portraits of typical customers and the paths they take with your brand.
lib-fresh-data = Fresh data
lib-fresh-data-desc = Customer data kept clean and current: the base every personal touch stands on.
lib-passion = Passion
lib-passion-desc = Real enthusiasm for customers and their needs, catching the whole team.
lib-teamwork-across-silos = Teamwork across silos
lib-teamwork-across-silos-desc = Marketing, sales, IT and service cooking as one kitchen, not separate rooms.

## Sharing: exports and the copied summary.

work-exporting = Exporting to { $path }…
work-saving = Saving to { $path }…
work-reading = Reading { $count } recipes…
export-menu-chart = Export chart…
export-menu-csv = Export CSV…
export-menu-copy = Copy summary
export-dialog-chart = Export chart
export-dialog-csv = Export CSV
export-filter-chart = Chart picture (PNG or SVG)
export-filter-png = PNG image
export-filter-svg = SVG picture
export-filter-csv = CSV table
export-path-heading-chart = Export the chart
export-path-heading-csv = Export the table as CSV
export-path-action = Export
export-saved-chart = Chart exported to { $path }
export-saved-csv = CSV exported to { $path }
export-failed = Could not export to { $path }: { $reason }. Nothing was changed.
export-bad-extension = { $path }: a chart is exported as .png or .svg. Nothing was written.
export-copied = Summary copied: paste it into an email.
export-copy-untitled = Untitled recipe
export-table-ingredient = Ingredient
export-table-amount = Amount
export-table-unit = Unit
export-table-share = Share
export-table-total = Total
export-copy-balance = Baking { $baking } · Cooking { $cooking }
export-copy-balance-untagged = Baking { $baking } · Cooking { $cooking } · untagged { $untagged }
export-copy-advice = Suggested baking: { $range } — { $verdict }
export-verdict-under = under the range
export-verdict-inside = inside the range
export-verdict-over = over the range

## The editor's notes, budget, warnings and office formats (issue 15)
message-text = { $text }
message-then = { $first } { $then }
tab-notes = Notes
notes-author = Author
notes-author-hint = Your name, or your team’s
notes-author-why = Shown under the title when the recipe is presented, and in a blend’s reveal instead of the file’s name.
notes-recipe = Notes on the recipe
notes-recipe-hint = What this recipe is for, and why it is mixed so
notes-select-ingredient = Select an ingredient in the table to read or write its note here.
present-by = by { $author }
list-and = and
warning-duplicate-name = { $spellings } appear as ingredients { $rows }: one name twice, which compare and blend count as one ingredient. Rename one, or put their amounts together.
warning-empty-name = Ingredient { $number } has no name.
warning-more = … and { $count } more { $count ->
        [one] warning
       *[other] warnings
    } (cx-recipe check lists them all).
budget-added-capped = Only { $amount } { $count ->
        [one] point was
       *[other] points were
    } left of the budget: “{ $name }” got { $amount }.
budget-added-none = No points were left of the budget: “{ $name }” got 0. Take points from another ingredient to give it some.
budget-offer = The recipe is now { $total } { $count ->
        [one] part
       *[other] parts
    }.
budget-offer-scale = Scale to { $points } { $count ->
        [one] point
       *[other] points
    }
budget-offer-scale-hint = Every amount scaled so that they add up to the budget, each share kept (turns the budget on). Ctrl+Z undoes it.
budget-offer-keep = Keep as it is
budget-scaled = Scaled to { $points } { $count ->
        [one] point
       *[other] points
    }: every share is as it was.
budget-scale-no-budget = The recipe has no points budget to scale to.
budget-scale-not-parts = The recipe is measured in kitchen volumes: switch Measure in to Parts first.
budget-scale-zero-total = The total is zero, so there are no shares to scale.
menu-view-zoom-in = Zoom in
menu-view-zoom-out = Zoom out
menu-view-zoom-reset = Reset zoom
export-menu-spreadsheet = Export spreadsheet…
export-menu-copy-chart = Copy chart
export-menu-with-balance = Balance and verdict in chart pictures
export-menu-with-balance-hint = Exported and copied charts show the baking/cooking balance and the advice’s verdict under the pie.
export-dialog-spreadsheet = Export spreadsheet
export-filter-spreadsheet = Spreadsheet (.xlsx)
export-path-heading-spreadsheet = Export the recipe as a spreadsheet
export-saved-spreadsheet = Spreadsheet exported to { $path }
export-saved-chart-alone = Chart exported to { $path }, without the recipe inside: the recipe is larger than the 1 MiB a recipe file may hold, so opening this picture will not open the recipe. Save the recipe itself to share it.
export-copied-chart = Chart copied: paste it into a slide.
export-copy-chart-failed = Could not copy the chart: { $reason }.
work-copying-chart = Drawing the chart for the clipboard…
