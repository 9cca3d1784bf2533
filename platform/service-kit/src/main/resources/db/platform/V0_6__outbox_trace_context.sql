-- The W3C trace context of the transaction that recorded the event: the relay sends it as the Kafka record's
-- traceparent header, so the consumers' spans join the producer's trace (docs/adr/0023).
alter table outbox_event add column traceparent text;
