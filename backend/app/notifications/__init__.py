"""Notifications: each user's inbox of things that need them (an approval waiting, an agent
run to retry, a budget passed), pushed live over /ws and to their phones (Expo push), and the
devices those phones registered. A platform package: modules add notifications by calling
`service.notify` from their handlers."""
