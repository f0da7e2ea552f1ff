## Crisis numbers for someone without an invitation
guest-crisis = You are not alone. If you are in danger, call 112 right away.

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
