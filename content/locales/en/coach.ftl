# The coach's tools (/participants, a participant's card, notes) – English.

## The list

caseload-title = Your participants ({ $total }), page { $page } of { $pages }:
caseload-title-staff = All participants ({ $total }), page { $page } of { $pages }:
caseload-empty = You have no participants yet. Make an invitation link with /invite; whoever joins with it and agrees will appear here.
caseload-empty-staff = There are no active participants yet. Make an invitation link with /invite; whoever joins with it and agrees will appear here.
caseload-line =
    { $marker }{ $name }
    last active: { $seen } · practice streak: { $streak } · next appointment: { $next }
caseload-line-coach = Coach: { $coach }
caseload-seen =
    { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } days ago
    }
caseload-seen-never = never
caseload-next-none = none
caseload-prev = ◀ Back
caseload-next = Next ▶

## A participant's card

caseload-card =
    👤 { $name }
    Language: { $language } · Group: { $cohort }
    Coach: { $coach }
    Last active: { $seen }
    German: level { $level }, practice streak: { $streak }
caseload-none = none
caseload-checkins-title = Latest check-ins:
caseload-checkins-none = No completed check-ins yet.
caseload-checkin-line = { $date }: mood { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = not given
caseload-checkin-flags = { $marker } Flagged: { $reasons }
caseload-checkin-text = Text ({ $language }): “{ $text }”
caseload-checkin-translation = Machine translation (may contain errors): “{ $text }”
caseload-appointments-title = Next appointments:
caseload-appointments-none = No appointments planned.
caseload-appointment-line = { $when } – { $kind }, { $place } ({ $answer })
caseload-alerts-title = Open alerts ({ $count }):
caseload-alerts-none = No open alerts.
caseload-alert-line = { $marker } { $date }, { $source }: { $reasons }
# same-as-german: the English word.
caseload-source-checkin = Check-in
caseload-source-help-button = Help button
caseload-source-message = Message
caseload-rule-keywords = keyword in the text
caseload-rule-unknown = not specified
caseload-notes-title = Notes:
caseload-notes-none = No notes yet.
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption =
    Mood of { $name } { $weeks ->
        [one] over the last week
       *[other] over the last { $weeks } weeks
    } (oldest on the left, · = no answer): { $line }
caseload-write = ✍️ Write
caseload-note = 📝 Note
caseload-back = ⬅ Back to the list
caseload-open-card = Open the card

## Notes

caseload-note-ask =
    Your note on { $name }: write it as one message (at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }). Cancel: /cancel
caseload-note-too-long =
    This note has { $length ->
        [one] { $length } character
       *[other] { $length } characters
    }; at most { $max } fit. Please shorten it and send it again. Cancel: /cancel
caseload-note-saved = The note on { $name } is saved.
caseload-note-gone = This person is no longer on your list. The note was not saved.
