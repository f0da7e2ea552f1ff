## Crisis numbers for someone without an invitation
guest-crisis = You are not alone. If you are in danger, call 112 right away.

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = Your coach is being told now. The numbers above are there for you day and night.
crisis-told-team = The team is being told now. The numbers above are there for you day and night.

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ Seen by { $name }, { $time }
alert-seen-toast = ✅ Marked as seen.

## /alerts: the open alerts
cmd-alerts = 🔔 Open alerts
alerts-none = No open alerts.
alerts-head = 🔔 Open alerts: { $count }
alerts-item = { $mark } { $name }, { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more =
    … and { $count ->
        [one] { $count } older one
       *[other] { $count } older ones
    }.

## /duty
duty-state-on = You are on duty: on. Crisis alerts that no coach answered in time come to you.
duty-state-off = You are on duty: off.
duty-switch-on = Go on duty
duty-switch-off = Go off duty
