CREATE TYPE "public"."assessment_section" AS ENUM('policy_gap', 'implementation_issue', 'recommendation');--> statement-breakpoint
CREATE TYPE "public"."recommendation_kind" AS ENUM('benefit_coverage', 'management');--> statement-breakpoint
CREATE TYPE "public"."recommendation_status" AS ENUM('proposed', 'endorsed', 'adopted', 'dropped');--> statement-breakpoint
ALTER TYPE "public"."review_subject" ADD VALUE 'assessment_item';--> statement-breakpoint
CREATE TABLE "assessment_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"guarantee" "guarantee" NOT NULL,
	"section" "assessment_section" NOT NULL,
	"position" integer NOT NULL,
	"statement" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"recommendation_kind" "recommendation_kind",
	"priority" "priority",
	"status" "recommendation_status",
	"endorsed_on" date,
	"endorsement_milestone_id" uuid,
	"endorsed_in_version" integer,
	"decided_on" date,
	"decision_reason" text,
	"review_state" "review_state",
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce("statement", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("statement", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("statement", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("statement", '')), 'A') || setweight(to_tsvector('portuguese'::regconfig, coalesce("statement", '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("details", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("details", '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce("details", '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce("details", '')), 'B') || setweight(to_tsvector('portuguese'::regconfig, coalesce("details", '')), 'B')) STORED,
	CONSTRAINT "assessment_recommendation" CHECK (("assessment_items"."section" = 'recommendation') = ("assessment_items"."recommendation_kind" is not null and "assessment_items"."priority" is not null and "assessment_items"."status" is not null)),
	CONSTRAINT "assessment_endorsement" CHECK ("assessment_items"."status" is null or "assessment_items"."status" = 'proposed' or "assessment_items"."status" = 'dropped' or ("assessment_items"."endorsed_on" is not null and "assessment_items"."endorsement_milestone_id" is not null)),
	CONSTRAINT "assessment_decided" CHECK ("assessment_items"."status" is null or "assessment_items"."status" not in ('adopted', 'dropped') or "assessment_items"."decided_on" is not null),
	CONSTRAINT "assessment_dropped" CHECK ("assessment_items"."status" is distinct from 'dropped' or "assessment_items"."decision_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "assessment_matrices" (
	"country_code" char(2) PRIMARY KEY NOT NULL,
	"sharing_level" "sharing_level" DEFAULT 'country' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"number" integer NOT NULL,
	"endorsed_on" date NOT NULL,
	"milestone_id" uuid NOT NULL,
	"endorsed_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_entries" ALTER COLUMN "country_step_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_items" ADD CONSTRAINT "assessment_items_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_items" ADD CONSTRAINT "assessment_items_endorsement_milestone_id_milestones_id_fk" FOREIGN KEY ("endorsement_milestone_id") REFERENCES "public"."milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_items" ADD CONSTRAINT "assessment_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_items" ADD CONSTRAINT "assessment_items_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_matrices" ADD CONSTRAINT "assessment_matrices_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_matrices" ADD CONSTRAINT "assessment_matrices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_versions" ADD CONSTRAINT "assessment_versions_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_versions" ADD CONSTRAINT "assessment_versions_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_versions" ADD CONSTRAINT "assessment_versions_endorsed_by_id_users_id_fk" FOREIGN KEY ("endorsed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_items_live_country_index" ON "assessment_items" USING btree ("country_code","guarantee","section","position") WHERE "assessment_items"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "assessment_items_search_index" ON "assessment_items" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_versions_country_code_number_index" ON "assessment_versions" USING btree ("country_code","number");