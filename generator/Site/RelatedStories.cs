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

        Parallel.For(0, stories.Count, () => new List<(StoryEntry Story, int Score)>(), (s, _, scores) =>
        {
            var story = stories[s];
            scores.Clear();
            void Score(List<StoryEntry> list, int weight)
            {
                var at = list.BinarySearch(story, byOrder);
                for (var i = Math.Max(0, at - Window); i <= Math.Min(list.Count - 1, at + Window); i++)
                {
                    if (i == at) continue;
                    var found = scores.FindIndex(x => ReferenceEquals(x.Story, list[i]));
                    if (found < 0) scores.Add((list[i], weight));
                    else scores[found] = (list[i], scores[found].Score + weight);
                }
            }
            foreach (var tag in story.Tags) Score(byTag[tag.Text], 2);
            foreach (var task in story.Tasks) Score(byTask[task.Number], 1);
            scores.Sort((a, b) =>
            {
                if (a.Score != b.Score) return b.Score.CompareTo(a.Score);
                int oa = a.Story.Order, ob = b.Story.Order;
                var distance = Math.Abs(oa - s).CompareTo(Math.Abs(ob - s));
                return distance != 0 ? distance : oa.CompareTo(ob);
            });
            var related = new StoryEntry[Math.Min(Count, scores.Count)];
            for (var i = 0; i < related.Length; i++) related[i] = scores[i].Story;
            story.Related = related;
            return scores;
        }, _ => { });
    }
}
