CREATE TABLE "support_counts" (
	"country_code" char(2) NOT NULL,
	"kind" "support_kind" NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "support_counts_country_code_kind_pk" PRIMARY KEY("country_code","kind")
);
--> statement-breakpoint
ALTER TABLE "support_counts" ADD CONSTRAINT "support_counts_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Decision 2560: each country's live entries per kind, moved by what each statement on support_entries added, removed,
-- withdrew, restored or moved (country, kind). Adding to the row a statement finds is safe under concurrency: a
-- concurrent writer to the same country and kind waits for this one's row and adds to what it wrote.
CREATE FUNCTION "support_counts_after_entries"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO support_counts AS c (country_code, kind, entries)
		SELECT country_code, kind, count(*)::int FROM new_rows WHERE deleted_at IS NULL GROUP BY country_code, kind
		ON CONFLICT (country_code, kind) DO UPDATE SET entries = c.entries + excluded.entries;
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO support_counts AS c (country_code, kind, entries)
		SELECT country_code, kind, -count(*)::int FROM old_rows WHERE deleted_at IS NULL GROUP BY country_code, kind
		ON CONFLICT (country_code, kind) DO UPDATE SET entries = c.entries + excluded.entries;
	ELSE
		INSERT INTO support_counts AS c (country_code, kind, entries)
		SELECT country_code, kind, sum(change)::int
		  FROM (SELECT n.country_code, n.kind, 1 AS change FROM old_rows o JOIN new_rows n ON n.id = o.id
		         WHERE n.deleted_at IS NULL AND (o.country_code, o.kind, o.deleted_at IS NULL) IS DISTINCT FROM (n.country_code, n.kind, true)
		        UNION ALL
		        SELECT o.country_code, o.kind, -1 FROM old_rows o JOIN new_rows n ON n.id = o.id
		         WHERE o.deleted_at IS NULL AND (o.country_code, o.kind, true) IS DISTINCT FROM (n.country_code, n.kind, n.deleted_at IS NULL)) changes
		 GROUP BY country_code, kind
		HAVING sum(change) <> 0
		ON CONFLICT (country_code, kind) DO UPDATE SET entries = c.entries + excluded.entries;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "support_counts_entries_insert" AFTER INSERT ON "support_entries" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_counts_after_entries();
--> statement-breakpoint
CREATE TRIGGER "support_counts_entries_update" AFTER UPDATE ON "support_entries" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION support_counts_after_entries();
--> statement-breakpoint
CREATE TRIGGER "support_counts_entries_delete" AFTER DELETE ON "support_entries" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION support_counts_after_entries();
--> statement-breakpoint
-- The backfill: every country's live entries already there.
INSERT INTO support_counts (country_code, kind, entries)
SELECT country_code, kind, count(*)::int FROM support_entries WHERE deleted_at IS NULL GROUP BY country_code, kind;
