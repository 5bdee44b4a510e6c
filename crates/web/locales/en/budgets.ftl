# Participatory budgets: rounds, projects, ballots and results.
budgets-nav = Participatory budget
budgets-title = Participatory budget
budgets-intro = Residents decide together how to spend part of the money. Organisers open a round and describe the projects. Every member has one vote and chooses projects up to the total amount.
budgets-home-teaser = Decide together how to spend part of the money: choose the projects you want, within the amount there is.
budgets-see-rounds = See the rounds of the participatory budget
budgets-none = There are no rounds yet.
budgets-older = Older rounds
budgets-phase-open = Open for voting
budgets-phase-upcoming = Coming up
budgets-phase-closed = Finished
budgets-total = Total amount
budgets-window = Voting from { $opens } to { $closes }.
budgets-opens-in-days = { $count ->
    [one] Voting opens in { $count } day.
   *[other] Voting opens in { $count } days.
}
budgets-opens-in-hours = { $count ->
    [one] Voting opens in { $count } hour.
   *[other] Voting opens in { $count } hours.
}
budgets-opens-soon = Voting opens in less than an hour.
budgets-closes-in-days = { $count ->
    [one] Voting is open now. It closes in { $count } day.
   *[other] Voting is open now. It closes in { $count } days.
}
budgets-closes-in-hours = { $count ->
    [one] Voting is open now. It closes in { $count } hour.
   *[other] Voting is open now. It closes in { $count } hours.
}
budgets-closes-soon = Voting is open now. It closes in less than an hour.
budgets-closed-on = Voting closed on { $date }.
budgets-see-results = See the results
budgets-see-tally = See the votes so far (organisers only)
budgets-results-when = The results are published when voting closes.
budgets-results-come = The results are published when voting closes, on { $date }.
budgets-new-title = Open a new round
budgets-new-intro = Give the round a name, the amount to spend and the voting dates. You can add projects until voting opens.
budgets-field-title = Name of the round
budgets-field-title-hint = For example: Participatory budget 2027
budgets-field-rules = Rules
budgets-field-rules-hint = How projects are chosen and who may vote. You can use Markdown: **bold**, lists with -.
budgets-field-total = Amount to spend
budgets-field-total-hint = Whole units, without cents, for example 200 000.
budgets-field-currency = Currency
budgets-field-currency-hint = Three capital letters, for example PLN, DKK or EUR.
budgets-field-window = Voting dates
budgets-field-window-hint = Times are in UTC. Voting must open in the future.
budgets-field-opens = Voting opens
budgets-field-closes = Voting closes
budgets-new-submit = Open the round
budgets-notice-opened = The round is open for projects. Add them before voting opens.
budgets-notice-project = The project was added.
budgets-notice-voted = Thank you! Your vote is counted.
budgets-notice-paper = The paper ballot is recorded. You can type in the next one.
budgets-voting = Voting
budgets-ballots = Ballots cast
budgets-rules = Rules
budgets-you-voted = You voted
budgets-you-voted-on = You voted on { $date } for:
budgets-you-voted-paper = Your paper ballot was recorded at the centre on { $date }. It chose:
budgets-your-total = Together: { $cost }.
budgets-ballot-title = Your vote
budgets-ballot-intro = Tick the projects you want. Together they may cost up to { $total }. You can vote once.
budgets-ballot-legend = Projects you choose
budgets-ballot-check = Check my choice
budgets-ballot-cast = Cast my vote
budgets-chosen-count = { $count ->
    [one] { $count } project
   *[other] { $count } projects
}
budgets-chosen = You chose { $projects } for { $cost } of { $total }.
budgets-sign-in-to-vote = Sign in to vote
budgets-members-vote = Only members of this community can vote.
budgets-join-to-vote = Join the community
budgets-projects = Projects
budgets-projects-none = No projects yet.
budgets-cost = Cost
budgets-add-project = Add a project
budgets-add-project-intro = Projects can be added until voting opens.
budgets-field-project-title = Name of the project
budgets-field-project-body = Description
budgets-field-project-body-hint = What it is, where, and who it is for. You can use Markdown.
budgets-field-cost = Cost
budgets-field-cost-hint = Whole units, at most { $total }.
budgets-add-project-submit = Add the project
budgets-paper-title = Record a paper ballot
budgets-paper-intro = For residents who voted in person at the centre. Each resident has one vote, online or on paper.
budgets-paper-open = Open the form for paper ballots
budgets-field-resident-email = The resident's e-mail address
budgets-field-resident-email-hint = The address they use in this community.
budgets-paper-total = Together the projects on one ballot may cost up to { $total }.
budgets-paper-legend = Projects on the paper ballot
budgets-paper-submit = Record the ballot
budgets-back-to-round = Back to the round
budgets-results-title = Results
budgets-tally-notice = Voting is still open: these are the votes so far, shown only to organisers.
budgets-spent = Spent on the selected projects
budgets-left = Left over
budgets-chart-title = Votes per project
budgets-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
budgets-selected = Selected
budgets-not-selected = Not selected
budgets-table-caption = All projects, in the order of the results
budgets-column-place = Place
budgets-column-project = Project
budgets-column-votes = Votes
budgets-column-cost = Cost
budgets-column-selected = Selected
budgets-yes = Yes
budgets-no = No
budgets-rule-title = How projects are selected
budgets-rule = Projects are put in order of votes. When two have the same number of votes, the cheaper one comes first, then the one added earlier. Going down this list, each project is selected if it still fits in the money that is left. A project that does not fit is skipped, and the next ones are still tried.
budgets-csv = Download all ballots (CSV)
budgets-csv-hint = One row per ballot: its number, whether it was on paper, and the projects it chose. No names and no times, so you can count the votes yourself.

error-budget-phase-unknown = This is not a stage of a round.
error-budget-currency-invalid = Enter the currency as three letters, for example PLN, DKK or EUR.
error-budget-amount-whole = Enter a whole number, like 200000.
error-budget-amount-positive = Enter an amount above 0.
error-budget-amount-too-large = This amount is too large. The most is { $max }.
error-budget-time-invalid = Enter a date and time, like 2027-03-01T09:00.
error-budget-opens-past = Voting must open in the future.
error-budget-closes-before-opens = Voting must close after it opens.
error-budget-cost-over-total = A project cannot cost more than the whole round: { $total }.
error-budget-choose-one = Choose at least one project.
error-budget-project-unknown = One of the chosen projects is not part of this round.
error-budget-over = Your choice costs { $cost }, but the round has { $total }. Remove a project and try again.
error-budget-projects-closed = Voting has opened, so no more projects can be added.
error-budget-not-open-yet = Voting has not opened yet.
error-budget-closed = Voting has closed.
error-budget-already-voted = You have already voted in this round. Each person votes once.
error-budget-resident-already-voted = This resident has already voted in this round, online or on paper.
error-budget-resident-email-missing = Enter the resident's e-mail address.
error-budget-resident-unknown = No member of this community has this e-mail address.
error-budget-results-later = Voting is still open. The results are published when it closes.
