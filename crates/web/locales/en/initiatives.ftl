# Initiatives and comments.
community-nav-initiatives = Initiatives
initiatives-title = Initiatives
initiatives-intro = Ideas from neighbours for our place. Support the ones you like, offer to help, and see how the organisers answer.
initiatives-sign-in-to-take-part = Sign in to propose an initiative or support one.
initiatives-filters = Sort and filter
initiatives-field-sort = Order
initiatives-sort-newest = Newest first
initiatives-sort-supported = Most supported first
initiatives-field-state = Stage
initiatives-any-state = Any stage
initiatives-filter-submit = Show
initiatives-results = Initiatives found
initiatives-none = No initiatives here yet.
initiatives-more = More initiatives
initiative-state-open = Open for support
initiative-state-accepted = Accepted
initiative-state-declined = Declined
initiative-state-in_progress = In progress
initiative-state-done = Done
initiative-supporters = { $count ->
    [one] { $count } supporter
   *[other] { $count } supporters
}
initiative-comments = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
initiative-volunteer-count = { $count ->
    [one] { $count } person offers to help
   *[other] { $count } people offer to help
}
initiative-propose = Propose an initiative
initiative-form-intro = Describe what you would like to change or create, and why it matters to the neighbourhood. Others can then support it and offer help.
initiative-field-title = Title
initiative-field-title-hint = A short name for your idea, for example "Benches along the river path".
initiative-field-body = Description
markdown-hint = You can use simple formatting: **bold**, *italic*, lists starting with "-", and links.
initiative-propose-submit = Publish the initiative
initiative-proposed-by = Proposed by
initiative-support-title = Support
initiative-volunteers-title = People who offer to help
initiative-volunteers-none = Nobody has offered to help yet.
initiative-take-part = Take part
initiative-support = Support this initiative
initiative-you-support = You support this initiative.
initiative-withdraw-support = Withdraw my support
initiative-support-closed = This initiative no longer collects support.
initiative-follow = Follow
initiative-unfollow = Stop following
initiative-field-volunteer-note = What could you do? (optional)
initiative-field-volunteer-note-hint = For example "I can paint on Saturdays".
initiative-volunteer = I want to help
initiative-you-volunteer = You offered to help.
initiative-unvolunteer = Withdraw my offer to help
initiative-join-to-take-part = Join this community to take part.
initiative-sign-in-to-take-part = Sign in to take part.
initiative-answer-title = Answer as an organiser
initiative-answer-intro = Choose the next stage and explain it. Your answer is public and stays in the history.
initiative-field-new-state = New stage
initiative-field-answer = Public answer
initiative-field-answer-hint = Say what was decided, why, and what happens next.
initiative-answer-submit = Publish the answer
initiative-history-title = History
initiative-history-proposed = Proposed
initiative-notice-proposed = Your initiative is published.
initiative-notice-supported = Thank you: you support this initiative.
initiative-notice-withdrawn = Your support is withdrawn.
initiative-notice-volunteered = Thank you for offering to help.
initiative-notice-unvolunteered = Your offer to help is withdrawn.
initiative-notice-followed = You follow this initiative.
initiative-notice-unfollowed = You no longer follow this initiative.
initiative-notice-answered = The answer is published.
comment-field-body = Your comment
comment-submit = Post the comment
comment-notice-posted = Your comment is posted.
comments-title = Comments
comments-none = No comments yet.
comments-more = More comments
comment-edited = edited
comment-removed = Comment removed.
comment-change = Change or delete my comment
comment-reply = Reply
comment-field-reply = Your reply
comment-reply-submit = Post the reply
comment-back = Back to the conversation
comment-edit-hint = You can change a comment for 15 minutes after writing it.
comment-save = Save the comment
comment-edit-window-over = More than 15 minutes have passed, so this comment can no longer be changed. You can still delete it.
comment-delete-title = Delete the comment
comment-delete-intro = Its place in the conversation stays, marked "Comment removed".
comment-delete = Delete
error-initiative-state-unknown = Choose one of the stages.
error-initiative-sort-unknown = Choose newest or most supported.
error-initiative-state-change = An initiative at this stage cannot move to the stage you chose.
error-initiative-closed = This initiative no longer collects support or offers of help.
error-initiative-support-duplicate = You already support this initiative.
error-comment-edit-window = A comment can be changed only within 15 minutes of writing it.
error-comment-parent-unknown = The comment you reply to is not in this conversation.
error-comment-target-unknown = Comments can be made on initiatives, events and stories.
initiatives-see-all = All initiatives
