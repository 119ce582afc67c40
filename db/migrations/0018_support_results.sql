CREATE TYPE "public"."support_result_type" AS ENUM('output', 'outcome', 'impact', 'other');--> statement-breakpoint
CREATE TABLE "support_entry_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_entry_id" uuid NOT NULL,
	"country_indicator_id" uuid NOT NULL,
	"result_type" "support_result_type" NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "support_entry_indicators" ADD CONSTRAINT "support_entry_indicators_support_entry_id_support_entries_id_fk" FOREIGN KEY ("support_entry_id") REFERENCES "public"."support_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_entry_indicators" ADD CONSTRAINT "support_entry_indicators_country_indicator_id_country_indicators_id_fk" FOREIGN KEY ("country_indicator_id") REFERENCES "public"."country_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_entry_indicators" ADD CONSTRAINT "support_entry_indicators_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "support_entry_indicators_support_entry_id_country_indicator_id_index" ON "support_entry_indicators" USING btree ("support_entry_id","country_indicator_id");--> statement-breakpoint
CREATE INDEX "support_entry_indicators_country_indicator_id_index" ON "support_entry_indicators" USING btree ("country_indicator_id");