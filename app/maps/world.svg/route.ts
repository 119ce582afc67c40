/** The world map's file of shapes, which every map on a page refers to (decision 2480). */
import { worldSpriteResponse } from "@/app/_edge/world-sprite-response";

export function GET() {
  return worldSpriteResponse();
}
