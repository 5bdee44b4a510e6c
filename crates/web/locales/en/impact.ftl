impact-title = Impact
impact-network-title = Impact across the network
impact-nav = Impact
impact-network-link = Impact across the network: the figures for a funder's report
impact-intro = What residents did together, month by month: the figures a funder's report asks for.
impact-period-title = Period
impact-from = First month
impact-to = Last month
impact-month-hint = Year and month, for example 2026-05.
impact-show = Show figures
impact-csv = Download the figures as a spreadsheet (CSV)
impact-totals-title = Totals for the period
impact-figure = Figure
impact-value = Total
impact-months-title = Month by month
impact-month = Month
impact-active = Active residents
impact-newcomers = Newcomers who took part
impact-members = Members at the end of the period
impact-hours = Hours exchanged in the time bank
impact-exchanges = Exchanges in the time bank
impact-events = Events held
impact-attendance = People going to events
impact-courses = Courses that ended
impact-completion = Course completion
impact-surveys = Surveys open
impact-response-rate = Survey response rate
impact-none = none
impact-part-of-whole = { $part } of { $whole } ({ $rate })
impact-response-count = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
impact-unit-people = People
impact-unit-hours = Hours
impact-unit-events = Events
impact-unit-completed = Completed
impact-unit-rate = Response rate
impact-about-title = What the figures count
impact-about = Active residents took part in something in the month: proposed, supported or commented on an initiative, voted in a budget, said they would go to an event, enrolled in a course, exchanged time, told a story, posted an offer or request, or answered a survey. Each person counts once a month, and once in the totals. Newcomers joined in the month and took part in something during the period. A course is completed by people who came to at least half of its sessions. The survey response rate divides the members who answered by the members asked; paper forms count among the responses, not in the rate, as they may come from people who are not members.
impact-error-month = Enter a month as year and month, for example 2026-05.
impact-error-order = The last month cannot be before the first month.
impact-error-too-long = { $count ->
    [one] Choose a period of at most { $count } month.
   *[other] Choose a period of at most { $count } months.
}
impact-error-forbidden = Only the community's organisers, moderators and admins, and network coordinators, can see these figures.
