CREATE TABLE "step_figures" (
	"country_step_id" uuid NOT NULL,
	"sharing_level" "sharing_level" NOT NULL,
	"country_code" char(2) NOT NULL,
	"milestones" integer DEFAULT 0 NOT NULL,
	"milestones_updated_at" timestamp with time zone,
	"milestones_changed_at" timestamp with time zone,
	"evidence" integer DEFAULT 0 NOT NULL,
	"evidence_added_at" timestamp with time zone,
	"support_entries" integer DEFAULT 0 NOT NULL,
	"support_updated_at" timestamp with time zone,
	CONSTRAINT "step_figures_country_step_id_sharing_level_pk" PRIMARY KEY("country_step_id","sharing_level")
);
--> statement-breakpoint
ALTER TABLE "step_figures" ADD CONSTRAINT "step_figures_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_figures" ADD CONSTRAINT "step_figures_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "step_figures_country_code_index" ON "step_figures" USING btree ("country_code");--> statement-breakpoint
-- Decision 2420: each country step's figures, recomputed from its own rows by the trigger of every statement that
-- writes milestones, evidence or support entries, in that statement's transaction. The one statement that computes
-- them serves the triggers, this migration's backfill and the benchmark's bulk data alike.
CREATE FUNCTION "refresh_step_figures"(step_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF coalesce(cardinality(step_ids), 0) = 0 THEN
		RETURN;
	END IF;
	-- A row per step and level to lock, taken in one order: a concurrent write to the same step waits here until this
	-- transaction ends, and its next statement (a new snapshot) then counts what this one wrote.
	INSERT INTO step_figures (country_step_id, sharing_level, country_code)
	SELECT cs.id, lvl, cs.country_code
	  FROM country_steps cs CROSS JOIN unnest(enum_range(NULL::sharing_level)) lvl
	 WHERE cs.id = ANY (step_ids)
	ON CONFLICT DO NOTHING;
	PERFORM 1 FROM step_figures WHERE country_step_id = ANY (step_ids) ORDER BY country_step_id, sharing_level FOR UPDATE;
	UPDATE step_figures f
	   SET milestones = c.milestones, milestones_updated_at = c.milestones_updated_at, milestones_changed_at = c.milestones_changed_at,
	       evidence = c.evidence, evidence_added_at = c.evidence_added_at,
	       support_entries = c.support_entries, support_updated_at = c.support_updated_at
	  FROM (
	    SELECT cs.id AS country_step_id, lvl AS sharing_level,
	           coalesce(m.live, 0) AS milestones, m.live_updated_at AS milestones_updated_at, m.changed_at AS milestones_changed_at,
	           coalesce(ev.live, 0) AS evidence, ev.added_at AS evidence_added_at,
	           CASE WHEN lvl = 'all' THEN coalesce(se.live, 0) ELSE 0 END AS support_entries,
	           CASE WHEN lvl = 'all' THEN se.updated_at END AS support_updated_at
	      FROM country_steps cs
	      CROSS JOIN unnest(enum_range(NULL::sharing_level)) lvl
	      LEFT JOIN LATERAL (
	        SELECT count(*) FILTER (WHERE deleted_at IS NULL)::int AS live,
	               max(updated_at) FILTER (WHERE deleted_at IS NULL) AS live_updated_at,
	               max(updated_at) AS changed_at
	          FROM milestones
	         WHERE country_step_id = cs.id AND sharing_level = lvl) m ON true
	      -- Evidence is read outside its country only when both it and its milestone are shared (lib/sharing/visibility.ts).
	      LEFT JOIN LATERAL (
	        SELECT count(*)::int AS live, max(e.created_at) AS added_at
	          FROM milestones em JOIN evidence e ON e.milestone_id = em.id
	         WHERE em.country_step_id = cs.id AND em.deleted_at IS NULL AND e.deleted_at IS NULL
	           AND CASE WHEN em.sharing_level = 'all' AND e.sharing_level = 'all' THEN 'all' ELSE 'country' END::sharing_level = lvl) ev ON true
	      LEFT JOIN LATERAL (
	        SELECT count(*)::int AS live, max(updated_at) AS updated_at
	          FROM support_entries
	         WHERE country_code = cs.country_code AND country_step_id = cs.id AND deleted_at IS NULL) se ON true
	     WHERE cs.id = ANY (step_ids)) c
	 WHERE f.country_step_id = c.country_step_id AND f.sharing_level = c.sharing_level
	   AND (f.milestones, f.milestones_updated_at, f.milestones_changed_at, f.evidence, f.evidence_added_at, f.support_entries, f.support_updated_at)
	       IS DISTINCT FROM (c.milestones, c.milestones_updated_at, c.milestones_changed_at, c.evidence, c.evidence_added_at, c.support_entries, c.support_updated_at);
END
$$;
--> statement-breakpoint
-- The steps a statement on milestones touched: those of the rows it added or removed, and on both sides of an update
-- that changed what the figures read (an edit of the title alone moves `updated_at`, so it counts too).
CREATE FUNCTION "step_figures_after_milestones"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM refresh_step_figures(ARRAY(SELECT DISTINCT country_step_id FROM new_rows));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM refresh_step_figures(ARRAY(SELECT DISTINCT country_step_id FROM old_rows));
	ELSE
		PERFORM refresh_step_figures(ARRAY(
		  SELECT DISTINCT unnest(ARRAY[o.country_step_id, n.country_step_id])
		    FROM old_rows o JOIN new_rows n ON n.id = o.id
		   WHERE (o.country_step_id, o.sharing_level, o.deleted_at, o.updated_at) IS DISTINCT FROM (n.country_step_id, n.sharing_level, n.deleted_at, n.updated_at)));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "step_figures_after_evidence"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM refresh_step_figures(ARRAY(SELECT DISTINCT m.country_step_id FROM new_rows e JOIN milestones m ON m.id = e.milestone_id));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM refresh_step_figures(ARRAY(SELECT DISTINCT m.country_step_id FROM old_rows e JOIN milestones m ON m.id = e.milestone_id));
	ELSE
		PERFORM refresh_step_figures(ARRAY(
		  SELECT DISTINCT m.country_step_id
		    FROM old_rows o JOIN new_rows n ON n.id = o.id
		    JOIN milestones m ON m.id IN (o.milestone_id, n.milestone_id)
		   WHERE (o.milestone_id, o.sharing_level, o.deleted_at, o.created_at) IS DISTINCT FROM (n.milestone_id, n.sharing_level, n.deleted_at, n.created_at)));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "step_figures_after_support_entries"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM refresh_step_figures(ARRAY(SELECT DISTINCT country_step_id FROM new_rows WHERE country_step_id IS NOT NULL));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM refresh_step_figures(ARRAY(SELECT DISTINCT country_step_id FROM old_rows WHERE country_step_id IS NOT NULL));
	ELSE
		PERFORM refresh_step_figures(ARRAY(
		  SELECT DISTINCT step_id
		    FROM old_rows o JOIN new_rows n ON n.id = o.id
		   CROSS JOIN unnest(ARRAY[o.country_step_id, n.country_step_id]) step_id
		   WHERE step_id IS NOT NULL
		     AND (o.country_step_id, o.deleted_at, o.updated_at) IS DISTINCT FROM (n.country_step_id, n.deleted_at, n.updated_at)));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "step_figures_milestones_insert" AFTER INSERT ON "milestones" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_milestones();
--> statement-breakpoint
CREATE TRIGGER "step_figures_milestones_update" AFTER UPDATE ON "milestones" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_milestones();
--> statement-breakpoint
CREATE TRIGGER "step_figures_milestones_delete" AFTER DELETE ON "milestones" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_milestones();
--> statement-breakpoint
CREATE TRIGGER "step_figures_evidence_insert" AFTER INSERT ON "evidence" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_evidence();
--> statement-breakpoint
CREATE TRIGGER "step_figures_evidence_update" AFTER UPDATE ON "evidence" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_evidence();
--> statement-breakpoint
CREATE TRIGGER "step_figures_evidence_delete" AFTER DELETE ON "evidence" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_evidence();
--> statement-breakpoint
CREATE TRIGGER "step_figures_support_entries_insert" AFTER INSERT ON "support_entries" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_support_entries();
--> statement-breakpoint
CREATE TRIGGER "step_figures_support_entries_update" AFTER UPDATE ON "support_entries" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_support_entries();
--> statement-breakpoint
CREATE TRIGGER "step_figures_support_entries_delete" AFTER DELETE ON "support_entries" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION step_figures_after_support_entries();
--> statement-breakpoint
-- The backfill: every step's figures from the rows already there.
SELECT refresh_step_figures(ARRAY(SELECT id FROM country_steps));
