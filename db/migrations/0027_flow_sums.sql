CREATE TABLE "flow_sums" (
	"country_code" char(2) NOT NULL,
	"country_step_id" uuid,
	"currency" char(3) NOT NULL,
	"pledged" numeric NOT NULL,
	"committed" numeric NOT NULL,
	"disbursed" numeric NOT NULL,
	"spent" numeric NOT NULL,
	CONSTRAINT "flow_sums_countryCode_countryStepId_currency_unique" UNIQUE NULLS NOT DISTINCT("country_code","country_step_id","currency")
);
--> statement-breakpoint
ALTER TABLE "flow_sums" ADD CONSTRAINT "flow_sums_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_sums" ADD CONSTRAINT "flow_sums_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Decision 2560: each country's flows summed per currency, in total and per step served, recomputed from the country's
-- own rows by the trigger of every statement that changes what they count, in that statement's transaction.
CREATE FUNCTION "refresh_flow_sums"(codes char(2)[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	code char(2);
BEGIN
	IF coalesce(cardinality(codes), 0) = 0 THEN
		RETURN;
	END IF;
	-- One country at a time, in one order: a concurrent write to the same country waits here until this transaction
	-- ends, and its next statement (a new snapshot) then sums what this one wrote. Countries' own rows are not locked.
	FOR code IN SELECT DISTINCT c FROM unnest(codes) c WHERE c IS NOT NULL ORDER BY c LOOP
		PERFORM pg_advisory_xact_lock(hashtext('flow_sums'), hashtext(code));
	END LOOP;
	DELETE FROM flow_sums WHERE country_code = ANY (codes);
	INSERT INTO flow_sums (country_code, country_step_id, currency, pledged, committed, disbursed, spent)
	WITH entry_sums AS (
	  -- Each counted entry's transactions per currency: live, of a live entry, not a live member's pass-through.
	  SELECT e.country_code, e.id, e.country_step_id, t.currency,
	         coalesce(sum(t.amount) FILTER (WHERE t.type = 'pledged'), 0) AS pledged,
	         coalesce(sum(t.amount) FILTER (WHERE t.type = 'committed'), 0) AS committed,
	         coalesce(sum(t.amount) FILTER (WHERE t.type = 'disbursed'), 0) AS disbursed,
	         coalesce(sum(t.amount) FILTER (WHERE t.type = 'spent'), 0) AS spent
	    FROM support_entries e
	    JOIN support_transactions t ON t.support_entry_id = e.id AND t.deleted_at IS NULL
	   WHERE e.country_code = ANY (codes) AND e.deleted_at IS NULL
	     AND NOT EXISTS (SELECT 1 FROM support_entries giver WHERE giver.id = e.pass_through_of_entry_id AND giver.deleted_at IS NULL)
	   GROUP BY e.country_code, e.id, e.country_step_id, t.currency
	), steps AS (
	  -- The steps each entry serves: the one it targets and those of the live needs it answers, each pair once (an entry
	  -- answers needs of its own country only). Joined, not looked up entry by entry: a statement that has just added
	  -- thousands of answers is planned before they are counted in the table's statistics.
	  SELECT e.id AS entry_id, e.country_step_id AS step_id
	    FROM support_entries e
	   WHERE e.country_code = ANY (codes) AND e.country_step_id IS NOT NULL
	  UNION
	  SELECT l.support_entry_id, n.country_step_id
	    FROM support_needs n
	    JOIN need_support_links l ON l.need_id = n.id
	   WHERE n.country_code = ANY (codes) AND n.deleted_at IS NULL
	), served AS (
	  SELECT s.*, steps.step_id FROM entry_sums s JOIN steps ON steps.entry_id = s.id
	)
	SELECT country_code, NULL, currency, sum(pledged), sum(committed), sum(disbursed), sum(spent)
	  FROM entry_sums GROUP BY country_code, currency
	UNION ALL
	SELECT country_code, step_id, currency, sum(pledged), sum(committed), sum(disbursed), sum(spent)
	  FROM served GROUP BY country_code, step_id, currency;
END
$$;
--> statement-breakpoint
-- The countries a statement on transactions touched: those of the entries of the rows it added or removed, and on both
-- sides of an update that changed what a transaction counts.
CREATE FUNCTION "flow_sums_after_transactions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM refresh_flow_sums(ARRAY(SELECT DISTINCT e.country_code FROM new_rows r JOIN support_entries e ON e.id = r.support_entry_id));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM refresh_flow_sums(ARRAY(SELECT DISTINCT e.country_code FROM old_rows r JOIN support_entries e ON e.id = r.support_entry_id));
	ELSE
		PERFORM refresh_flow_sums(ARRAY(
		  SELECT DISTINCT e.country_code
		    FROM old_rows o JOIN new_rows n ON n.id = o.id
		    JOIN support_entries e ON e.id IN (o.support_entry_id, n.support_entry_id)
		   WHERE (o.support_entry_id, o.deleted_at, o.type, o.amount, o.currency) IS DISTINCT FROM (n.support_entry_id, n.deleted_at, n.type, n.amount, n.currency)));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "flow_sums_transactions_insert" AFTER INSERT ON "support_transactions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_transactions();
--> statement-breakpoint
CREATE TRIGGER "flow_sums_transactions_update" AFTER UPDATE ON "support_transactions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_transactions();
--> statement-breakpoint
CREATE TRIGGER "flow_sums_transactions_delete" AFTER DELETE ON "support_transactions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_transactions();
--> statement-breakpoint
-- Entries: an update that moves an entry (country, step), withdraws or restores it or changes whose money it passes
-- on counts in its countries on both sides, and in the countries of the entries passing it on (withdrawn, a giver
-- lets its pass-throughs count their own money); a removed entry, in its country. A new entry has no transaction yet.
CREATE FUNCTION "flow_sums_after_entries"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		PERFORM refresh_flow_sums(ARRAY(SELECT DISTINCT country_code FROM old_rows));
	ELSE
		PERFORM refresh_flow_sums(ARRAY(
		  WITH changed AS (
		    SELECT o.id, o.country_code AS old_code, n.country_code AS new_code
		      FROM old_rows o JOIN new_rows n ON n.id = o.id
		     WHERE (o.country_code, o.country_step_id, o.deleted_at, o.pass_through_of_entry_id)
		           IS DISTINCT FROM (n.country_code, n.country_step_id, n.deleted_at, n.pass_through_of_entry_id))
		  SELECT old_code FROM changed
		  UNION SELECT new_code FROM changed
		  UNION SELECT r.country_code FROM support_entries r JOIN changed ON r.pass_through_of_entry_id = changed.id));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "flow_sums_entries_update" AFTER UPDATE ON "support_entries" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_entries();
--> statement-breakpoint
CREATE TRIGGER "flow_sums_entries_delete" AFTER DELETE ON "support_entries" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_entries();
--> statement-breakpoint
-- Answers: a link added or removed changes the steps its entry serves, in the need's country.
CREATE FUNCTION "flow_sums_after_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM refresh_flow_sums(ARRAY(SELECT DISTINCT n.country_code FROM new_rows l JOIN support_needs n ON n.id = l.need_id));
	ELSE
		PERFORM refresh_flow_sums(ARRAY(
		  SELECT n.country_code FROM old_rows l JOIN support_needs n ON n.id = l.need_id
		  UNION SELECT e.country_code FROM old_rows l JOIN support_entries e ON e.id = l.support_entry_id));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "flow_sums_links_insert" AFTER INSERT ON "need_support_links" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_links();
--> statement-breakpoint
CREATE TRIGGER "flow_sums_links_delete" AFTER DELETE ON "need_support_links" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_links();
--> statement-breakpoint
-- Needs: withdrawing, restoring or moving a need changes the steps its answers serve.
CREATE FUNCTION "flow_sums_after_needs"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		PERFORM refresh_flow_sums(ARRAY(SELECT DISTINCT country_code FROM old_rows));
	ELSE
		PERFORM refresh_flow_sums(ARRAY(
		  SELECT DISTINCT unnest(ARRAY[o.country_code, n.country_code]) FROM old_rows o JOIN new_rows n ON n.id = o.id
		   WHERE (o.country_code, o.country_step_id, o.deleted_at) IS DISTINCT FROM (n.country_code, n.country_step_id, n.deleted_at)));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "flow_sums_needs_update" AFTER UPDATE ON "support_needs" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_needs();
--> statement-breakpoint
CREATE TRIGGER "flow_sums_needs_delete" AFTER DELETE ON "support_needs" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION flow_sums_after_needs();
--> statement-breakpoint
-- The backfill: every country's sums from the rows already there.
SELECT refresh_flow_sums(ARRAY(SELECT code FROM countries));
