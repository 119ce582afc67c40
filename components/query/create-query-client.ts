/** The one way to make a TanStack Query client, so every interactive page behaves the same on slow links. */
import { QueryClient } from "@tanstack/react-query";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Server components render the first data; refetch only when it is really stale.
        staleTime: 60_000,
        retry: 2,
        refetchOnWindowFocus: false,
      },
      mutations: {
        // A refused write is shown to the user at once; a lost connection is left to the offline queue.
        retry: 0,
      },
    },
  });
}
