CREATE TYPE "public"."experience_state" AS ENUM('draft', 'published');--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "state" "experience_state" DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "sharing_level" "sharing_level" DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "published_by_id" uuid;--> statement-breakpoint
ALTER TABLE "experiences" ADD COLUMN "deleted_by_id" uuid;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiences" ADD CONSTRAINT "experiences_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiences_updated_at_index" ON "experiences" USING btree ("updated_at");