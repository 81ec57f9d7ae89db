namespace Portal.Site;

/// <summary>
/// Picks up to four related stories per story. Candidates come only from each story's neighbours in its
/// tag and task lists (by date), so the cost per story stays constant however many stories there are.
/// </summary>
public static class RelatedStories
{
    private const int Count = 4;
    private const int Window = 6;

    public static void Assign(
        IReadOnlyList<StoryEntry> stories,
        IReadOnlyDictionary<string, List<StoryEntry>> byTag,
        IReadOnlyDictionary<int, List<StoryEntry>> byTask)
    {
        var position = new Dictionary<(object List, StoryEntry Story), int>();
        foreach (var list in byTag.Values.Cast<List<StoryEntry>>().Concat(byTask.Values))
        {
            for (var i = 0; i < list.Count; i++) position[(list, list[i])] = i;
        }
        var order = new Dictionary<StoryEntry, int>(stories.Count);
        for (var i = 0; i < stories.Count; i++) order[stories[i]] = i;

        foreach (var story in stories)
        {
            var scores = new Dictionary<StoryEntry, int>();
            void Score(List<StoryEntry> list, int weight)
            {
                var at = position[(list, story)];
                for (var i = Math.Max(0, at - Window); i <= Math.Min(list.Count - 1, at + Window); i++)
                {
                    if (i == at) continue;
                    scores[list[i]] = scores.GetValueOrDefault(list[i]) + weight;
                }
            }
            foreach (var tag in story.Tags) Score(byTag[tag.Text], 2);
            foreach (var task in story.Tasks) Score(byTask[task.Number], 1);
            story.Related = scores
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => Math.Abs(order[kv.Key] - order[story]))
                .ThenBy(kv => order[kv.Key])
                .Take(Count)
                .Select(kv => kv.Key)
                .ToList();
        }
    }
}
