using Portal.Diagnostics;
using Portal.Model;
using Portal.Output;
using Portal.Site;

namespace Portal.Search;

/// <summary>The search index of the page tree's search documents, written into the tree's index folder.</summary>
/// <param name="index">`serve` keeps one index across its builds and patches it; a full build makes a fresh one.</param>
/// <param name="text">The theme's words: the manifest carries its search block to the page's worker.</param>
public sealed class SearchIndexFiles(SearchIndex index, ThemeText text) : ISiteOutput
{
    public string Step => "生成搜索索引";

    /// <summary>The words of <see cref="ThemeKeys.Search.InManifest"/>, in its order.</summary>
    public static SearchFacets.FacetWords Words(ThemeText text)
    {
        var w = ThemeKeys.Search.InManifest.Select(key => text.Word(key)).ToArray();
        return new(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10]);
    }

    public void Write(PageTree tree, OutputFolder output)
    {
        var facets = new SearchFacets(
            Model.StoryType.All.Select(t => t.Name).ToList(),
            tree.SearchTasks.Select(t => new SearchFacets.TaskFacet(t.Number, t.Title, t.Url)).ToList(),
            tree.SearchDepartments.Select(d => new SearchFacets.DepartmentFacet(d.Slug, d.Name, d.OtherNames)).ToList(),
            Model.CaseKinds.All,
            Model.MediaOutlets.All,
            tree.SearchOutlets,
            Words(text));
        var files = index.Update(tree.SearchDocuments, facets).Files;
        StageTimer.Mark($"search index ({index.DocumentsWeighed} weighed)");
        Parallel.ForEach(files, file => output.WriteBytes(tree.SearchIndexPath + file.Path, file.Bytes, file.Hash));
        StageTimer.Mark("search index write");
    }
}
