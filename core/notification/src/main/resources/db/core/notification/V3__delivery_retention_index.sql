-- The retention purge looks for finished deliveries by age; without this it would scan the whole log.
CREATE INDEX ix_core_notification_delivery_created ON core_notification_delivery (created_at, status);
