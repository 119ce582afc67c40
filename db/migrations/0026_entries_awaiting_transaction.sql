ALTER TABLE "support_entries" ADD COLUMN "has_live_transaction" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "support_entries_awaiting_transaction_index" ON "support_entries" USING btree ("created_at","id") WHERE "support_entries"."kind" = 'financial' and "support_entries"."deleted_at" is null and not "support_entries"."has_live_transaction";--> statement-breakpoint
-- Decision 2510: whether each entry has a live transaction, recomputed from its own transactions by the trigger of
-- every statement that writes them, in that statement's transaction.
CREATE FUNCTION "refresh_entries_have_live_transaction"(entry_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF coalesce(cardinality(entry_ids), 0) = 0 THEN
		RETURN;
	END IF;
	-- The entries locked in one order first: a concurrent write to the same entry's transactions waits here until this
	-- transaction ends, and the next statement (a new snapshot) then sees what the other one wrote.
	PERFORM 1 FROM support_entries WHERE id = ANY (entry_ids) ORDER BY id FOR UPDATE;
	UPDATE support_entries e
	   SET has_live_transaction = live.any_live
	  FROM (
	    SELECT se.id, exists (SELECT 1 FROM support_transactions t WHERE t.support_entry_id = se.id AND t.deleted_at IS NULL) AS any_live
	      FROM support_entries se
	     WHERE se.id = ANY (entry_ids)) live
	 WHERE e.id = live.id AND e.has_live_transaction IS DISTINCT FROM live.any_live;
END
$$;
--> statement-breakpoint
-- The entries a statement on transactions touched: those of the rows it added or removed, and on both sides of an
-- update that moved a transaction or withdrew or restored it.
CREATE FUNCTION "entries_have_live_transaction_after_transactions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM refresh_entries_have_live_transaction(ARRAY(SELECT DISTINCT support_entry_id FROM new_rows));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM refresh_entries_have_live_transaction(ARRAY(SELECT DISTINCT support_entry_id FROM old_rows));
	ELSE
		PERFORM refresh_entries_have_live_transaction(ARRAY(
		  SELECT DISTINCT unnest(ARRAY[o.support_entry_id, n.support_entry_id])
		    FROM old_rows o JOIN new_rows n ON n.id = o.id
		   WHERE (o.support_entry_id, o.deleted_at) IS DISTINCT FROM (n.support_entry_id, n.deleted_at)));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "entries_have_live_transaction_insert" AFTER INSERT ON "support_transactions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entries_have_live_transaction_after_transactions();
--> statement-breakpoint
CREATE TRIGGER "entries_have_live_transaction_update" AFTER UPDATE ON "support_transactions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entries_have_live_transaction_after_transactions();
--> statement-breakpoint
CREATE TRIGGER "entries_have_live_transaction_delete" AFTER DELETE ON "support_transactions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entries_have_live_transaction_after_transactions();
--> statement-breakpoint
-- The backfill: every entry's flag from the transactions already there.
UPDATE support_entries e SET has_live_transaction = true
 WHERE exists (SELECT 1 FROM support_transactions t WHERE t.support_entry_id = e.id AND t.deleted_at IS NULL);
