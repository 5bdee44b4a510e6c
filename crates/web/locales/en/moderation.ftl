# Moderation: reports, the moderators' pages, blocks and the audit log.

community-nav-moderation = Moderation
moderation-nav-label = Moderation
moderation-nav-queue = Reports to decide
moderation-nav-decided = Decided
moderation-nav-blocks = Blocked people
moderation-nav-log = Log of actions

moderation-hidden-mark = Hidden by moderators
moderation-message-removed = Message removed by moderators.
moderation-person-blocked = Blocked from this community

moderation-target-initiative = Initiative
moderation-target-comment = Comment
moderation-target-support = Offer or request
moderation-target-message = Private message
moderation-target-story = Story
moderation-target-event = Event
moderation-target-account = Person
moderation-target-exchange = Exchange of time
moderation-target-timebank = Time bank
moderation-target-other = Something else

moderation-status-open = Waiting for a decision
moderation-status-hidden = Hidden
moderation-status-dismissed = Dismissed

moderation-title = Reports to decide
moderation-intro = Residents reported these. Open one to read what was reported and decide: hide it, or dismiss the report.
moderation-none = No reports are waiting. Thank you for looking.
moderation-decided-title = Decided reports
moderation-decided-intro = Reports already decided, the latest first. You can show hidden content again from a report's page.
moderation-decided-none = No report has been decided yet.
moderation-reported-by = reported by { $name }
moderation-reports-on-target = { $count ->
    [one] { $count } report on this
   *[other] { $count } reports on this
}
moderation-target-gone = It no longer exists: its author deleted it or left.
moderation-note = What they wrote:
moderation-why = Why:
moderation-decide = Decide
moderation-open-report = See the report
moderation-more = More
moderation-notice-decided = Done. The report is decided.
moderation-notice-restored = Done. It is shown again.
moderation-notice-blocked = Done. The person is blocked from this community.
moderation-notice-unblocked = Done. The person can join again.

moderation-report-title = Report: { $what }
moderation-field-reason = Reason
moderation-field-reporter = Reported by
moderation-field-reported-at = Reported on
moderation-field-status = Status
moderation-field-reports-on-target = Reports on the same
moderation-field-decided-by = Decided by
moderation-what-was-reported = What was reported
moderation-written-by = Written by { $name }
moderation-message-private = This is a private message. You see it only because it was reported. Keep it to yourself.
moderation-see-target = See where it is

moderation-decide-title = Your decision
moderation-field-action = What should happen?
moderation-action-hide = Hide it. Only moderators will see it.
moderation-action-block = Block this person from the community. Their membership ends.
moderation-action-dismiss = Dismiss the report. Nothing changes.
moderation-field-decision-note = Why (optional)
moderation-field-decision-note-hint = Other moderators read this in the log of actions.
moderation-decide-submit = Decide

moderation-restore-title = Show it again
moderation-restore-explained = Everyone who could see it before will see it again.
moderation-restore-submit = Show it again
moderation-unblock-title = Lift the block
moderation-unblock-explained = The person will be able to join the community again.
moderation-unblock-submit = Lift the block

moderation-block-author = Block { $name } from this community
moderation-block-title = Block a person
moderation-block-explained = Their membership ends and they cannot join again until a moderator lifts the block. What they wrote stays.
moderation-field-block-reason = Why
moderation-field-block-reason-hint = Other moderators read this. So does the person, if they ask for their data.
moderation-field-email = Their e-mail address
moderation-field-email-hint = The address they sign in with.
moderation-block-submit = Block

moderation-blocks-title = Blocked people
moderation-blocks-intro = These people cannot join the community until the block is lifted.
moderation-blocks-none = Nobody is blocked.
moderation-unblock-person = Lift the block on { $name }
moderation-column-person = Person
moderation-column-reason = Why
moderation-column-by = Blocked by
moderation-column-when = When
moderation-column-unblock = Lift the block
moderation-column-who = Who
moderation-column-what = What
moderation-column-on = On what
moderation-column-why = Why

moderation-log-title = Log of actions
moderation-log-intro = Every decision of the moderators and every change made by the admins: who, what, when and why. Nothing here can be changed.
moderation-log-none = Nothing has been done yet.
moderation-log-older = Older entries

moderation-filed-title = Report sent
moderation-filed-back = Go back

audit-action-report-hidden = Hid what was reported
audit-action-report-dismissed = Dismissed a report
audit-action-content-restored = Showed hidden content again
audit-action-member-blocked = Blocked a person
audit-action-member-unblocked = Lifted a block
audit-action-role-changed = Changed a role
audit-action-trusted-helper-marked = Made a trusted helper
audit-action-trusted-helper-unmarked = Ended a trusted helper's role
audit-action-initiative-answered = Answered an initiative
audit-action-budget-created = Created a participatory budget
audit-action-paper-ballot-recorded = Recorded a paper vote
audit-action-survey-opened = Opened a survey
audit-action-survey-closed = Closed a survey
audit-action-survey-paper-recorded = Typed in a paper survey form
audit-action-timebank-corrected = Corrected an exchange of time
audit-action-timebank-fund-transfer = Moved time with the community fund
audit-action-timebank-limit-changed = Changed the time bank's limit
audit-action-resident-registered = Registered a resident at the desk
audit-action-helper-ended = Ended a helper's role

error-report-community-missing = Say which community you report this person to.
error-report-community-unknown = There is no community with this address.
error-report-status-unknown = This is not a status a report can have.
error-report-action-unknown = Choose what should happen: hide it or dismiss the report.
error-report-queue-unknown = Choose the open reports or the decided ones.
error-report-decided = This report was already decided.
error-report-not-hidden = Nothing is hidden by this report now.
error-moderators-only = Only the moderators of this community can do this.
error-block-outranked = You cannot block someone whose role is as high as yours or higher.
error-block-person-unknown = We know nobody with this address.
error-block-self = You cannot block yourself.
error-block-exists = This person is already blocked.
error-community-blocked = The moderators have blocked you from this community. You cannot join it.
error-audit-action-unknown = This is not an action the log knows.
