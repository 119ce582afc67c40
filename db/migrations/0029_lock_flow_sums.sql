-- Decision 2560, amended: the flow sums' per-country locks, taken in one order, written once. A write touching several
-- countries in several statements (a support import) takes all of its countries' locks before its first statement,
-- so two such writes never hold one country each while waiting for the other's (a deadlock PostgreSQL would end by
-- failing one). Countries' own rows are not locked.
CREATE FUNCTION "lock_flow_sums"(codes char(2)[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	code char(2);
BEGIN
	FOR code IN SELECT DISTINCT c FROM unnest(codes) c WHERE c IS NOT NULL ORDER BY c LOOP
		PERFORM pg_advisory_xact_lock(hashtext('flow_sums'), hashtext(code));
	END LOOP;
END
$$;
--> statement-breakpoint
-- The same recompute as in 0027, its locks taken by lock_flow_sums.
CREATE OR REPLACE FUNCTION "refresh_flow_sums"(codes char(2)[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF coalesce(cardinality(codes), 0) = 0 THEN
		RETURN;
	END IF;
	-- A concurrent write to the same country waits here until this transaction ends, and its next statement (a new
	-- snapshot) then sums what this one wrote.
	PERFORM lock_flow_sums(codes);
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
