-- The inspection report (巡检报告), delivered after the visit against its SLA clock.
alter table inspection add column report_summary varchar(4000);
alter table inspection add column report_recommendations varchar(4000);
alter table inspection add column report_delivered_at timestamptz;
alter table inspection add column report_delivered_by varchar(255);
