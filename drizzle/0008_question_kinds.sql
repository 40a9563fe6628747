ALTER TABLE "assignments" ADD COLUMN "kinds" jsonb;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "part_b_prompt" text;