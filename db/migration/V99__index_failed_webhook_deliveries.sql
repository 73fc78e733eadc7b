-- The deliveries given up, counted for the metrics at every scrape (webhook.WebhookQueueMetrics):
-- from this small index instead of reading the whole delivery log.
CREATE INDEX webhook_delivery_failed_ix ON webhook_delivery (last_attempt_at) WHERE status = 'FAILED';
