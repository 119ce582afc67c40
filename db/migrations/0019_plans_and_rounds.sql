CREATE TYPE "public"."country_report_status" AS ENUM('draft', 'submitted', 'returned', 'accepted', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."report_reminder_kind" AS ENUM('before_due', 'overdue');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'report_reminder';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'report_decision';--> statement-breakpoint
CREATE TABLE "plan_baseline_milestones" (
	"baseline_id" uuid NOT NULL,
	"planned_milestone_id" uuid NOT NULL,
	"title" text NOT NULL,
	"expected_on" date NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_baseline_milestones_baseline_id_planned_milestone_id_pk" PRIMARY KEY("baseline_id","planned_milestone_id")
);
--> statement-breakpoint
CREATE TABLE "plan_baseline_steps" (
	"baseline_id" uuid NOT NULL,
	"country_step_id" uuid NOT NULL,
	"planned_start" date,
	"planned_end" date,
	CONSTRAINT "plan_baseline_steps_baseline_id_country_step_id_pk" PRIMARY KEY("baseline_id","country_step_id")
);
--> statement-breakpoint
CREATE TABLE "plan_baselines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"name" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planned_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"country_step_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"expected_on" date NOT NULL,
	"milestone_id" uuid,
	"sharing_level" "sharing_level" DEFAULT 'country' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text
);
--> statement-breakpoint
CREATE TABLE "step_plans" (
	"country_step_id" uuid PRIMARY KEY NOT NULL,
	"country_code" char(2) NOT NULL,
	"planned_start" date,
	"planned_end" date,
	"updated_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "step_plan_dates" CHECK ("step_plans"."planned_end" is null or "step_plans"."planned_start" is null or "step_plans"."planned_end" >= "step_plans"."planned_start")
);
--> statement-breakpoint
CREATE TABLE "country_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"status" "country_report_status" DEFAULT 'draft' NOT NULL,
	"locale" "locale" NOT NULL,
	"achievements" text DEFAULT '' NOT NULL,
	"difficulties" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"snapshot" jsonb,
	"submitted_at" timestamp with time zone,
	"submitted_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"return_reason" text,
	"reopened_at" timestamp with time zone,
	"reopened_by_id" uuid,
	"reopen_reason" text,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reminders" (
	"round_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"kind" "report_reminder_kind" NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_reminders_round_id_country_code_kind_pk" PRIMARY KEY("round_id","country_code","kind")
);
--> statement-breakpoint
CREATE TABLE "reporting_round_countries" (
	"round_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	CONSTRAINT "reporting_round_countries_round_id_country_code_pk" PRIMARY KEY("round_id","country_code")
);
--> statement-breakpoint
CREATE TABLE "reporting_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"reminder_days_before" integer DEFAULT 7 NOT NULL,
	"opened_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawal_reason" text,
	CONSTRAINT "reporting_round_period" CHECK ("reporting_rounds"."period_end" >= "reporting_rounds"."period_start"),
	CONSTRAINT "reporting_round_reminder" CHECK ("reporting_rounds"."reminder_days_before" between 0 and 90)
);
--> statement-breakpoint
ALTER TABLE "plan_baseline_milestones" ADD CONSTRAINT "plan_baseline_milestones_baseline_id_plan_baselines_id_fk" FOREIGN KEY ("baseline_id") REFERENCES "public"."plan_baselines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_baseline_milestones" ADD CONSTRAINT "plan_baseline_milestones_planned_milestone_id_planned_milestones_id_fk" FOREIGN KEY ("planned_milestone_id") REFERENCES "public"."planned_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_baseline_steps" ADD CONSTRAINT "plan_baseline_steps_baseline_id_plan_baselines_id_fk" FOREIGN KEY ("baseline_id") REFERENCES "public"."plan_baselines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_baseline_steps" ADD CONSTRAINT "plan_baseline_steps_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_baselines" ADD CONSTRAINT "plan_baselines_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_baselines" ADD CONSTRAINT "plan_baselines_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_baselines" ADD CONSTRAINT "plan_baselines_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_milestones" ADD CONSTRAINT "planned_milestones_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_milestones" ADD CONSTRAINT "planned_milestones_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_milestones" ADD CONSTRAINT "planned_milestones_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_milestones" ADD CONSTRAINT "planned_milestones_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_milestones" ADD CONSTRAINT "planned_milestones_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_plans" ADD CONSTRAINT "step_plans_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_plans" ADD CONSTRAINT "step_plans_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_plans" ADD CONSTRAINT "step_plans_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_reports" ADD CONSTRAINT "country_reports_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_reports" ADD CONSTRAINT "country_reports_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_reports" ADD CONSTRAINT "country_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_reports" ADD CONSTRAINT "country_reports_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_reports" ADD CONSTRAINT "country_reports_reopened_by_id_users_id_fk" FOREIGN KEY ("reopened_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_reports" ADD CONSTRAINT "country_reports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminders" ADD CONSTRAINT "report_reminders_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminders" ADD CONSTRAINT "report_reminders_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_round_countries" ADD CONSTRAINT "reporting_round_countries_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_round_countries" ADD CONSTRAINT "reporting_round_countries_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_baselines_live_name_index" ON "plan_baselines" USING btree ("country_code","name") WHERE "plan_baselines"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "planned_milestones_country_step_id_expected_on_index" ON "planned_milestones" USING btree ("country_step_id","expected_on");--> statement-breakpoint
CREATE INDEX "planned_milestones_country_code_expected_on_index" ON "planned_milestones" USING btree ("country_code","expected_on");--> statement-breakpoint
CREATE UNIQUE INDEX "planned_milestones_logged_index" ON "planned_milestones" USING btree ("milestone_id") WHERE "planned_milestones"."milestone_id" is not null;--> statement-breakpoint
CREATE INDEX "step_plans_country_code_index" ON "step_plans" USING btree ("country_code");--> statement-breakpoint
CREATE UNIQUE INDEX "country_reports_round_id_country_code_index" ON "country_reports" USING btree ("round_id","country_code");--> statement-breakpoint
CREATE INDEX "country_reports_country_code_status_index" ON "country_reports" USING btree ("country_code","status");--> statement-breakpoint
CREATE INDEX "reporting_round_countries_country_code_index" ON "reporting_round_countries" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "reporting_rounds_due_on_index" ON "reporting_rounds" USING btree ("due_on");