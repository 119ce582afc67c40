CREATE TYPE "public"."resource_kind" AS ENUM('manual', 'guide', 'tool_methodology', 'training_material', 'country_experience', 'brochure');--> statement-breakpoint
CREATE TABLE "experience_texts" (
	"experience_id" uuid NOT NULL,
	"language" "locale" NOT NULL,
	"title" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"what_was_done" text DEFAULT '' NOT NULL,
	"what_worked" text DEFAULT '' NOT NULL,
	"what_to_change" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce("title", '')) || (case "language" when 'en' then to_tsvector('english'::regconfig, coalesce("title", '')) when 'fr' then to_tsvector('french'::regconfig, coalesce("title", '')) when 'es' then to_tsvector('spanish'::regconfig, coalesce("title", '')) when 'pt' then to_tsvector('portuguese'::regconfig, coalesce("title", '')) else ''::tsvector end), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("context", '')) || (case "language" when 'en' then to_tsvector('english'::regconfig, coalesce("context", '')) when 'fr' then to_tsvector('french'::regconfig, coalesce("context", '')) when 'es' then to_tsvector('spanish'::regconfig, coalesce("context", '')) when 'pt' then to_tsvector('portuguese'::regconfig, coalesce("context", '')) else ''::tsvector end), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce("what_was_done", '')) || (case "language" when 'en' then to_tsvector('english'::regconfig, coalesce("what_was_done", '')) when 'fr' then to_tsvector('french'::regconfig, coalesce("what_was_done", '')) when 'es' then to_tsvector('spanish'::regconfig, coalesce("what_was_done", '')) when 'pt' then to_tsvector('portuguese'::regconfig, coalesce("what_was_done", '')) else ''::tsvector end), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce("what_worked", '')) || (case "language" when 'en' then to_tsvector('english'::regconfig, coalesce("what_worked", '')) when 'fr' then to_tsvector('french'::regconfig, coalesce("what_worked", '')) when 'es' then to_tsvector('spanish'::regconfig, coalesce("what_worked", '')) when 'pt' then to_tsvector('portuguese'::regconfig, coalesce("what_worked", '')) else ''::tsvector end), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce("what_to_change", '')) || (case "language" when 'en' then to_tsvector('english'::regconfig, coalesce("what_to_change", '')) when 'fr' then to_tsvector('french'::regconfig, coalesce("what_to_change", '')) when 'es' then to_tsvector('spanish'::regconfig, coalesce("what_to_change", '')) when 'pt' then to_tsvector('portuguese'::regconfig, coalesce("what_to_change", '')) else ''::tsvector end), 'B')) STORED,
	CONSTRAINT "experience_texts_experience_id_language_pk" PRIMARY KEY("experience_id","language")
);
--> statement-breakpoint
CREATE TABLE "experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"step_key" text NOT NULL,
	"agency_id" uuid,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"featured_at" timestamp with time zone,
	"featured_by_id" uuid,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_agencies" (
	"resource_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	CONSTRAINT "resource_agencies_resource_id_agency_id_pk" PRIMARY KEY("resource_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" "resource_kind" NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"url" text,
	"file_id" uuid,
	"step_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"year" integer,
	"seed_key" text,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('portuguese'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('portuguese'::regconfig, coalesce("description", '')), 'B')) STORED,
	CONSTRAINT "resources_seedKey_unique" UNIQUE("seed_key"),
	CONSTRAINT "resource_year" CHECK ("resources"."year" is null or "resources"."year" between 1900 and 2200)
);
--> statement-breakpoint
CREATE TABLE "training_institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"seed_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_institutions_seedKey_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"training_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"organisation" text NOT NULL,
	"women" integer DEFAULT 0 NOT NULL,
	"men" integer DEFAULT 0 NOT NULL,
	"unstated" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "training_participants_training_id_position_pk" PRIMARY KEY("training_id","position"),
	CONSTRAINT "training_participant_counts" CHECK ("training_participants"."women" >= 0 and "training_participants"."men" >= 0 and "training_participants"."unstated" >= 0 and "training_participants"."women" + "training_participants"."men" + "training_participants"."unstated" > 0)
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"course" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"funding_agency_id" uuid,
	"support_entry_id" uuid,
	"participant_names" text DEFAULT '' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_dates" CHECK ("trainings"."end_date" is null or "trainings"."end_date" >= "trainings"."start_date")
);
--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('portuguese'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('portuguese'::regconfig, coalesce("description", '')), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "support_entries" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('portuguese'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('portuguese'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce("deliverables", '')), 'C') || setweight(to_tsvector('english'::regconfig, coalesce("deliverables", '')), 'C') || setweight(to_tsvector('french'::regconfig, coalesce("deliverables", '')), 'C') || setweight(to_tsvector('spanish'::regconfig, coalesce("deliverables", '')), 'C') || setweight(to_tsvector('portuguese'::regconfig, coalesce("deliverables", '')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "experience_texts" ADD CONSTRAINT "experience_texts_experience_id_experiences_id_fk" FOREIGN KEY ("experience_id") REFERENCES "public"."experiences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_featured_by_id_users_id_fk" FOREIGN KEY ("featured_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_agencies" ADD CONSTRAINT "resource_agencies_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_agencies" ADD CONSTRAINT "resource_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_institution_id_training_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."training_institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_funding_agency_id_agencies_id_fk" FOREIGN KEY ("funding_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_support_entry_id_support_entries_id_fk" FOREIGN KEY ("support_entry_id") REFERENCES "public"."support_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experience_texts_search_index" ON "experience_texts" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "experiences_step_key_index" ON "experiences" USING btree ("step_key");--> statement-breakpoint
CREATE INDEX "experiences_country_code_index" ON "experiences" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "resource_agencies_agency_id_index" ON "resource_agencies" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "resources_search_index" ON "resources" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "resources_step_keys_index" ON "resources" USING gin ("step_keys");--> statement-breakpoint
CREATE UNIQUE INDEX "training_institutions_name_index" ON "training_institutions" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "trainings_country_code_start_date_index" ON "trainings" USING btree ("country_code","start_date");--> statement-breakpoint
CREATE INDEX "trainings_institution_id_index" ON "trainings" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "milestones_search_index" ON "milestones" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "support_entries_search_index" ON "support_entries" USING gin ("search_vector");