-- A report's children are listed in the order they were entered: an identity column numbers each child as it is
-- inserted (those already recorded get numbers in no particular order).
alter table report_child add column entered_order bigint generated always as identity;
