CREATE TYPE "public"."benefit_form" AS ENUM('cash', 'in_kind');--> statement-breakpoint
CREATE TYPE "public"."benefit_frequency" AS ENUM('one_off', 'monthly', 'quarterly', 'yearly');--> statement-breakpoint
CREATE TYPE "public"."financing_source" AS ENUM('contributions', 'tax', 'external');--> statement-breakpoint
CREATE TYPE "public"."guarantee" AS ENUM('health', 'children', 'active_age', 'older_persons');--> statement-breakpoint
CREATE TYPE "public"."scheme_contribution" AS ENUM('contributory', 'non_contributory');--> statement-breakpoint
CREATE TYPE "public"."scheme_kind" AS ENUM('social_insurance', 'social_assistance', 'universal', 'public_works', 'health_coverage');--> statement-breakpoint
CREATE TYPE "public"."scheme_status" AS ENUM('planned', 'pilot', 'in_force', 'discontinued');--> statement-breakpoint
CREATE TABLE "schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"national_name" text NOT NULL,
	"english_name" text DEFAULT '' NOT NULL,
	"guarantees" "guarantee"[] NOT NULL,
	"contribution" "scheme_contribution",
	"kind" "scheme_kind",
	"legal_basis" text DEFAULT '' NOT NULL,
	"legal_basis_url" text,
	"institution" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"eligibility" text DEFAULT '' NOT NULL,
	"benefit_form" "benefit_form",
	"benefit_amount" numeric(20, 4),
	"benefit_currency" char(3),
	"benefit_frequency" "benefit_frequency",
	"status" "scheme_status" DEFAULT 'in_force' NOT NULL,
	"started_on" date,
	"ended_on" date,
	"legal_coverage" integer,
	"effective_coverage" integer,
	"coverage_year" integer,
	"coverage_source" text DEFAULT '' NOT NULL,
	"expenditure_amount" numeric(20, 4),
	"expenditure_currency" char(3),
	"expenditure_year" integer,
	"expenditure_source" text DEFAULT '' NOT NULL,
	"financing" "financing_source"[] DEFAULT '{}' NOT NULL,
	"sharing_level" "sharing_level" DEFAULT 'country' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce("national_name", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("national_name", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("national_name", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("national_name", '')), 'A') || setweight(to_tsvector('portuguese'::regconfig, coalesce("national_name", '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("english_name", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("english_name", '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce("english_name", '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce("english_name", '')), 'A') || setweight(to_tsvector('portuguese'::regconfig, coalesce("english_name", '')), 'A')) STORED,
	CONSTRAINT "scheme_guarantees" CHECK (cardinality("schemes"."guarantees") >= 1),
	CONSTRAINT "scheme_dates" CHECK ("schemes"."ended_on" is null or "schemes"."started_on" is null or "schemes"."ended_on" >= "schemes"."started_on"),
	CONSTRAINT "scheme_ended" CHECK ("schemes"."status" <> 'discontinued' or "schemes"."ended_on" is not null),
	CONSTRAINT "scheme_benefit" CHECK ("schemes"."benefit_amount" is null or ("schemes"."benefit_amount" >= 0 and "schemes"."benefit_currency" is not null)),
	CONSTRAINT "scheme_expenditure" CHECK ("schemes"."expenditure_amount" is null or ("schemes"."expenditure_amount" >= 0 and "schemes"."expenditure_currency" is not null)),
	CONSTRAINT "scheme_coverage" CHECK (coalesce("schemes"."legal_coverage", 0) >= 0 and coalesce("schemes"."effective_coverage", 0) >= 0)
);
--> statement-breakpoint
ALTER TABLE "schemes" ADD CONSTRAINT "schemes_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schemes" ADD CONSTRAINT "schemes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schemes" ADD CONSTRAINT "schemes_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "schemes_live_country_index" ON "schemes" USING btree ("country_code") WHERE "schemes"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "schemes_search_index" ON "schemes" USING gin ("search_vector");