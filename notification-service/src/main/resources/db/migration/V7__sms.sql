-- SMS (ADR 0031): the vendor fills its approved template itself, so a message keeps the template's parameters.
alter table message add column parameters text;
