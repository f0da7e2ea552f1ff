# Cohorts (/cohorts, staff), reassigning a participant to another coach – English.

cmd-cohorts = Manage groups
cohorts-title = Groups. Choose a group or create a new one.
cohorts-none = There is no group yet. Create one.
cohorts-new = ➕ New group
cohorts-line = { $name } · participants: { $count }
cohorts-line-archived = 🗄 { $name } (archived)
cohorts-card =
    Group: { $name }
    Participants: { $count }
    Check-in: { $when }
cohorts-card-archived = Archived: this group is no longer offered for invitations.
cohorts-languages = Languages: { $mix }
cohorts-checkin-default = as preset
cohorts-checkin-at = { $date }, { $time }
cohorts-rename = ✏️ Rename
cohorts-archive = 🗄 Archive
cohorts-restore = ♻️ Restore
cohorts-checkin = 🕘 Check-in time
cohorts-invite = 🔗 Invitation link
cohorts-move = 🔀 Move participants
cohorts-back = ← All groups
cohorts-ask-name = What should the new group be called? Write the name (at most 80 characters). Cancel: /cancel
cohorts-ask-rename = What should the group “{ $name }” be called? Write the new name (at most 80 characters). Cancel: /cancel
cohorts-name-taken = A group “{ $name }” exists already. Please write another name.
cohorts-name-bad = Please write a name of 1 to 80 characters.
cohorts-created = The group “{ $name }” has been created.
cohorts-renamed = The group is now called “{ $name }”.
cohorts-archived = The group “{ $name }” is archived. Its participants stay in it.
cohorts-restored = The group “{ $name }” is active again.
cohorts-choose-day = Check-in for “{ $name }”: on which day?
cohorts-choose-time = Check-in for “{ $name }” on { $date }: at what time?
cohorts-checkin-reset = As preset
cohorts-checkin-saved = Check-in for “{ $name }”: { $when }.
cohorts-day-0 = Monday
cohorts-day-1 = Tuesday
cohorts-day-2 = Wednesday
cohorts-day-3 = Thursday
cohorts-day-4 = Friday
cohorts-day-5 = Saturday
cohorts-day-6 = Sunday
cohorts-link =
    Invitation link for the group “{ $name }”
    Sign-ups possible: { $count } · valid until { $expires }
    { $link }
cohorts-link-qr = QR code for the group “{ $name }”
cohorts-link-archived = This group is archived. There are no new invitations for it.
cohorts-move-choose = Whom from “{ $name }” do you want to move?
cohorts-move-empty = Nobody is in “{ $name }” right now.
cohorts-move-target = Which group should { $name } go to? The coach stays the same.
cohorts-no-cohort = No group
cohorts-moved = { $name } is now in the group “{ $cohort }”. The coach stays the same.
cohorts-moved-none = { $name } is now in no group. The coach stays the same.

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 Other coach
reassign-choose-coach = Who should coach { $name } from now on?
reassign-no-coaches = There is no other active coach.
reassign-done = { $name } is now coached by { $coach }. Open alerts went along; both have been told.
reassign-same = { $coach } coaches { $name } already.
reassign-to-new-coach = You now coach { $name } (until now: { $coach }). Open alerts about her are now with you: /alerts
reassign-to-old-coach = { $name } is now coached by { $coach }. You no longer see her data.
