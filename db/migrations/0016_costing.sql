CREATE TYPE "public"."administrative_cost_convention" AS ENUM('on_top_of_benefits', 'share_of_total');--> statement-breakpoint
CREATE TYPE "public"."benefit_level_kind" AS ENUM('monthly_amount', 'poverty_line_share', 'gdp_per_head_share');--> statement-breakpoint
CREATE TYPE "public"."costing_sex" AS ENUM('all', 'female', 'male');--> statement-breakpoint
CREATE TYPE "public"."financing_kind" AS ENUM('reallocation', 'new_revenue', 'contributions', 'external');--> statement-breakpoint
CREATE TYPE "public"."indexation" AS ENUM('inflation', 'none');--> statement-breakpoint
CREATE TYPE "public"."population_sex" AS ENUM('female', 'male');--> statement-breakpoint
CREATE TYPE "public"."target_group_kind" AS ENUM('ages', 'mothers_of_newborns');--> statement-breakpoint
CREATE TABLE "costing_financing" (
	"package_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" "financing_kind" NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	CONSTRAINT "costing_financing_package_id_year_kind_pk" PRIMARY KEY("package_id","year","kind"),
	CONSTRAINT "financing_amount" CHECK ("costing_financing"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "costing_needs" (
	"need_id" uuid PRIMARY KEY NOT NULL,
	"package_id" uuid NOT NULL,
	"year" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "costing_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"name" text NOT NULL,
	"scenario_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text
);
--> statement-breakpoint
CREATE TABLE "costing_population" (
	"country_code" char(2) NOT NULL,
	"year" integer NOT NULL,
	"sex" "population_sex" NOT NULL,
	"age_from" integer NOT NULL,
	"age_to" integer,
	"population" numeric(20, 4) NOT NULL,
	CONSTRAINT "costing_population_country_code_year_sex_age_from_pk" PRIMARY KEY("country_code","year","sex","age_from"),
	CONSTRAINT "population_ages" CHECK ("costing_population"."age_from" >= 0 and ("costing_population"."age_to" is null or "costing_population"."age_to" >= "costing_population"."age_from")),
	CONSTRAINT "population_count" CHECK ("costing_population"."population" >= 0)
);
--> statement-breakpoint
CREATE TABLE "costing_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"name" text NOT NULL,
	"recommendation_id" uuid,
	"target_kind" "target_group_kind" NOT NULL,
	"age_from" integer,
	"age_to" integer,
	"sex" "costing_sex" DEFAULT 'all' NOT NULL,
	"eligible_share" numeric(9, 6) DEFAULT '1' NOT NULL,
	"benefit_kind" "benefit_level_kind" NOT NULL,
	"benefit_amount" numeric(20, 4),
	"benefit_share" numeric(9, 6),
	"indexation" "indexation" DEFAULT 'inflation' NOT NULL,
	"take_up_start" numeric(9, 6) NOT NULL,
	"take_up_target" numeric(9, 6) NOT NULL,
	"take_up_year" integer NOT NULL,
	"administrative_convention" "administrative_cost_convention" NOT NULL,
	"administrative_rate" numeric(9, 6) NOT NULL,
	"position" integer NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text,
	CONSTRAINT "scenario_ages" CHECK ("costing_scenarios"."target_kind" <> 'ages' or ("costing_scenarios"."age_from" is not null and "costing_scenarios"."age_from" >= 0 and ("costing_scenarios"."age_to" is null or "costing_scenarios"."age_to" >= "costing_scenarios"."age_from"))),
	CONSTRAINT "scenario_benefit" CHECK (("costing_scenarios"."benefit_kind" = 'monthly_amount') = ("costing_scenarios"."benefit_amount" is not null) and ("costing_scenarios"."benefit_kind" = 'monthly_amount') = ("costing_scenarios"."benefit_share" is null)),
	CONSTRAINT "scenario_shares" CHECK ("costing_scenarios"."eligible_share" between 0 and 1 and "costing_scenarios"."take_up_start" between 0 and 1 and "costing_scenarios"."take_up_target" between 0 and 1 and "costing_scenarios"."administrative_rate" >= 0 and "costing_scenarios"."administrative_rate" < 1)
);
--> statement-breakpoint
CREATE TABLE "costing_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"number" integer NOT NULL,
	"validated_on" date NOT NULL,
	"milestone_id" uuid NOT NULL,
	"validated_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "costing_years" (
	"country_code" char(2) NOT NULL,
	"year" integer NOT NULL,
	"gdp" numeric(20, 4),
	"gdp_source" text DEFAULT '' NOT NULL,
	"government_expenditure" numeric(20, 4),
	"government_expenditure_source" text DEFAULT '' NOT NULL,
	"inflation" numeric(9, 6),
	"inflation_source" text DEFAULT '' NOT NULL,
	"poverty_line" numeric(20, 4),
	"poverty_line_source" text DEFAULT '' NOT NULL,
	CONSTRAINT "costing_years_country_code_year_pk" PRIMARY KEY("country_code","year")
);
--> statement-breakpoint
CREATE TABLE "costings" (
	"country_code" char(2) PRIMARY KEY NOT NULL,
	"base_year" integer NOT NULL,
	"horizon_year" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"population_source" text DEFAULT '' NOT NULL,
	"sharing_level" "sharing_level" DEFAULT 'country' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "costing_horizon" CHECK ("costings"."horizon_year" >= "costings"."base_year" and "costings"."horizon_year" <= "costings"."base_year" + 15)
);
--> statement-breakpoint
ALTER TABLE "costing_financing" ADD CONSTRAINT "costing_financing_package_id_costing_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."costing_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_needs" ADD CONSTRAINT "costing_needs_need_id_support_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."support_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_needs" ADD CONSTRAINT "costing_needs_package_id_costing_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."costing_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_packages" ADD CONSTRAINT "costing_packages_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_packages" ADD CONSTRAINT "costing_packages_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_packages" ADD CONSTRAINT "costing_packages_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_population" ADD CONSTRAINT "costing_population_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_scenarios" ADD CONSTRAINT "costing_scenarios_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_scenarios" ADD CONSTRAINT "costing_scenarios_recommendation_id_assessment_items_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."assessment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_scenarios" ADD CONSTRAINT "costing_scenarios_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_scenarios" ADD CONSTRAINT "costing_scenarios_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_versions" ADD CONSTRAINT "costing_versions_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_versions" ADD CONSTRAINT "costing_versions_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_versions" ADD CONSTRAINT "costing_versions_validated_by_id_users_id_fk" FOREIGN KEY ("validated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costing_years" ADD CONSTRAINT "costing_years_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costings" ADD CONSTRAINT "costings_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "costings" ADD CONSTRAINT "costings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "costing_needs_package_id_year_index" ON "costing_needs" USING btree ("package_id","year");--> statement-breakpoint
CREATE INDEX "costing_packages_live_country_index" ON "costing_packages" USING btree ("country_code") WHERE "costing_packages"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "costing_scenarios_live_country_index" ON "costing_scenarios" USING btree ("country_code","position") WHERE "costing_scenarios"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "costing_versions_country_code_number_index" ON "costing_versions" USING btree ("country_code","number");