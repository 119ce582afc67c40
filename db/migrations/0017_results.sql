CREATE TYPE "public"."indicator_direction" AS ENUM('higher_is_better', 'lower_is_better');--> statement-breakpoint
CREATE TYPE "public"."indicator_family" AS ENUM('sdg_1_3_1', 'spf_flagship', 'national');--> statement-breakpoint
CREATE TYPE "public"."indicator_sex" AS ENUM('total', 'female', 'male');--> statement-breakpoint
CREATE TYPE "public"."indicator_unit" AS ENUM('percent', 'persons', 'thousand_persons', 'number');--> statement-breakpoint
CREATE TYPE "public"."indicator_value_origin" AS ENUM('typed', 'open_sdg', 'ilostat');--> statement-breakpoint
CREATE TYPE "public"."indicator_value_status" AS ENUM('accepted', 'proposed', 'declined');--> statement-breakpoint
CREATE TABLE "country_indicator_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_indicator_id" uuid NOT NULL,
	"country_step_id" uuid,
	"scheme_id" uuid,
	"recommendation_id" uuid,
	CONSTRAINT "country_indicator_link_one" CHECK (num_nonnulls("country_indicator_links"."country_step_id", "country_indicator_links"."scheme_id", "country_indicator_links"."recommendation_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "country_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"indicator_id" uuid NOT NULL,
	"baseline_value" numeric(20, 4),
	"baseline_year" integer,
	"baseline_source" text DEFAULT '' NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sharing_level" "sharing_level" DEFAULT 'country' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text,
	CONSTRAINT "country_indicator_baseline" CHECK (("country_indicators"."baseline_value" is null) = ("country_indicators"."baseline_year" is null))
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"sex" "indicator_sex" DEFAULT 'total' NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"evidence_url" text,
	"status" "indicator_value_status" DEFAULT 'accepted' NOT NULL,
	"origin" "indicator_value_origin" DEFAULT 'typed' NOT NULL,
	"obs_status" text,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"replaced_by_id" uuid,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text,
	CONSTRAINT "indicator_value_period" CHECK ("indicator_values"."period_end" >= "indicator_values"."period_start"),
	CONSTRAINT "indicator_value_decided" CHECK ("indicator_values"."status" <> 'declined' or "indicator_values"."decided_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"unit" "indicator_unit" NOT NULL,
	"direction" "indicator_direction" DEFAULT 'higher_is_better' NOT NULL,
	"family" "indicator_family" NOT NULL,
	"country_code" char(2),
	"sex_breakdown" boolean DEFAULT false NOT NULL,
	"custodian" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text,
	CONSTRAINT "indicator_country" CHECK (("indicators"."family" = 'national') = ("indicators"."country_code" is not null))
);
--> statement-breakpoint
ALTER TABLE "country_indicator_links" ADD CONSTRAINT "country_indicator_links_country_indicator_id_country_indicators_id_fk" FOREIGN KEY ("country_indicator_id") REFERENCES "public"."country_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_indicator_links" ADD CONSTRAINT "country_indicator_links_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_indicator_links" ADD CONSTRAINT "country_indicator_links_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_indicator_links" ADD CONSTRAINT "country_indicator_links_recommendation_id_assessment_items_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."assessment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_indicators" ADD CONSTRAINT "country_indicators_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_indicators" ADD CONSTRAINT "country_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_indicators" ADD CONSTRAINT "country_indicators_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_indicators" ADD CONSTRAINT "country_indicators_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_country_indicator_id_country_indicators_id_fk" FOREIGN KEY ("country_indicator_id") REFERENCES "public"."country_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_replaced_by_id_indicator_values_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."indicator_values"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "country_indicator_links_country_indicator_id_country_step_id_index" ON "country_indicator_links" USING btree ("country_indicator_id","country_step_id");--> statement-breakpoint
CREATE UNIQUE INDEX "country_indicator_links_country_indicator_id_scheme_id_index" ON "country_indicator_links" USING btree ("country_indicator_id","scheme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "country_indicator_links_country_indicator_id_recommendation_id_index" ON "country_indicator_links" USING btree ("country_indicator_id","recommendation_id");--> statement-breakpoint
CREATE INDEX "country_indicator_links_scheme_id_index" ON "country_indicator_links" USING btree ("scheme_id");--> statement-breakpoint
CREATE INDEX "country_indicator_links_recommendation_id_index" ON "country_indicator_links" USING btree ("recommendation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "country_indicators_live_pair_index" ON "country_indicators" USING btree ("country_code","indicator_id") WHERE "country_indicators"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "country_indicators_live_indicator_index" ON "country_indicators" USING btree ("indicator_id") WHERE "country_indicators"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_accepted_index" ON "indicator_values" USING btree ("country_indicator_id","period","sex") WHERE "indicator_values"."status" = 'accepted' and "indicator_values"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "indicator_values_live_index" ON "indicator_values" USING btree ("country_indicator_id","period_start") WHERE "indicator_values"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_live_code_index" ON "indicators" USING btree (coalesce("country_code", ''),"code") WHERE "indicators"."deleted_at" is null;