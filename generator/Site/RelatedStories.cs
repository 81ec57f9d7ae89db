namespace Portal.Site;

/// <summary>
/// Picks up to four related stories per story. Candidates come only from each story's neighbours in its
/// tag and task lists (by date), so the cost per story stays constant however many stories there are.
/// </summary>
public static class RelatedStories
{
    private const int Count = 4;
    private const int Window = 6;

    /// <param name="stories">All stories, newest first, with <see cref="StoryEntry.Order"/> set; every tag and task list keeps this order.</param>
    public static void Assign(
        IReadOnlyList<StoryEntry> stories,
        IReadOnlyDictionary<string, List<StoryEntry>> byTag,
        IReadOnlyDictionary<int, List<StoryEntry>> byTask)
    {
        // A story's place in one of its lists: the lists are in site order, so a binary search by that order finds it.
        var byOrder = Comparer<StoryEntry>.Create((a, b) => a.Order.CompareTo(b.Order));

        Parallel.For(0, stories.Count, () => new Scores(stories.Count), (s, _, scores) =>
        {
            var story = stories[s];
            void Score(List<StoryEntry> list, int weight)
            {
                var at = list.BinarySearch(story, byOrder);
                for (var i = Math.Max(0, at - Window); i <= Math.Min(list.Count - 1, at + Window); i++)
                {
                    if (i != at) scores.Add(list[i].Order, weight);
                }
            }
            foreach (var tag in story.Tags) Score(byTag[tag.Text], 2);
            foreach (var task in story.Tasks) Score(byTask[task.Number], 1);
            var best = scores.Best(s, Count);
            var related = new StoryEntry[best.Count];
            for (var i = 0; i < related.Length; i++) related[i] = stories[best[i]];
            story.Related = related;
            scores.Clear();
            return scores;
        }, _ => { });
    }

    /// <summary>One thread's candidate scores, indexed by story order: adding and clearing cost nothing per site story.</summary>
    private sealed class Scores(int stories)
    {
        private readonly int[] score = new int[stories];
        private readonly List<int> touched = [];
        private readonly List<int> best = new(Count);

        public void Add(int order, int weight)
        {
            if (score[order] == 0) touched.Add(order);
            score[order] += weight;
        }

        /// <summary>Highest score first; then the story closest in date to <paramref name="self"/>; then the newer one.</summary>
        public List<int> Best(int self, int count)
        {
            best.Clear();
            foreach (var candidate in touched)
            {
                var at = best.Count;
                while (at > 0 && Before(candidate, best[at - 1], self)) at--;
                if (at < count) best.Insert(at, candidate);
                if (best.Count > count) best.RemoveAt(count);
            }
            return best;
        }

        private bool Before(int a, int b, int self)
        {
            if (score[a] != score[b]) return score[a] > score[b];
            var distance = Math.Abs(a - self).CompareTo(Math.Abs(b - self));
            return distance != 0 ? distance < 0 : a < b;
        }

        public void Clear()
        {
            foreach (var order in touched) score[order] = 0;
            touched.Clear();
        }
    }
}
