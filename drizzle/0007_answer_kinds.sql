ALTER TABLE "answers" ALTER COLUMN "chosen" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "response" jsonb;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "points" integer;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "key" jsonb;