-- V35_7 wrote every entry of person_name_part again. Until a table's pages are marked all-visible, PostgreSQL reads
-- each index entry's row too and plans no index-only scan; the name search then took about 40 ms at city size and
-- more at national size, until autovacuum came by, which after a large load can be many minutes. Run outside a
-- transaction (VACUUM cannot run in one), as the tables' owner.
vacuum (analyze) person_name_part;
