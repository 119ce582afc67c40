CREATE TYPE "public"."notification_delivery" AS ENUM('immediate', 'digest', 'off');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('review_comment', 'review_decision', 'support_added', 'need_answered');--> statement-breakpoint
CREATE TYPE "public"."review_entry_kind" AS ENUM('comment', 'changes_requested', 'validated');--> statement-breakpoint
CREATE TYPE "public"."review_subject" AS ENUM('milestone', 'country_step');--> statement-breakpoint
CREATE TABLE "country_follows" (
	"user_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"following" boolean NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "country_follows_user_id_country_code_pk" PRIMARY KEY("user_id","country_code")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"delivery" "notification_delivery" NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"delivery" "notification_delivery" NOT NULL,
	"country_code" char(2),
	"actor_id" uuid,
	"link" text NOT NULL,
	"params" jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" "review_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"country_code" char(2) NOT NULL,
	"country_step_id" uuid NOT NULL,
	"kind" "review_entry_kind" NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "country_follows" ADD CONSTRAINT "country_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "country_follows" ADD CONSTRAINT "country_follows_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_entries" ADD CONSTRAINT "review_entries_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_entries" ADD CONSTRAINT "review_entries_country_step_id_country_steps_id_fk" FOREIGN KEY ("country_step_id") REFERENCES "public"."country_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_entries" ADD CONSTRAINT "review_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_id_created_at_index" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "review_entries_subject_type_subject_id_created_at_index" ON "review_entries" USING btree ("subject_type","subject_id","created_at");--> statement-breakpoint
CREATE INDEX "review_entries_country_code_created_at_index" ON "review_entries" USING btree ("country_code","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_type_at_index" ON "audit_log" USING btree ("entity_type","at");--> statement-breakpoint
CREATE INDEX "audit_log_step_status_idx" ON "audit_log" USING btree ("entity_id","at","id") WHERE "audit_log"."action" = 'step.status';