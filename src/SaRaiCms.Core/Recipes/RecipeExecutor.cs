using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SaRaiCms.ContentManagement;
using SaRaiCms.Store;

namespace SaRaiCms.Recipes;

/// <summary>
/// Runs a recipe: checks its JSON and step names first, then runs the steps in order inside one
/// transaction. Any failure rolls everything back and surfaces as a <see cref="RecipeException"/>
/// naming the step and the item.
/// </summary>
public sealed class RecipeExecutor(
    IEnumerable<IRecipeStepHandler> handlers,
    IDocumentSession session,
    IConfiguration configuration,
    IIdGenerator ids,
    IServiceProvider services,
    ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    public static readonly JsonDocumentOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonObject Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: ReaderOptions) as JsonObject
                   ?? throw new RecipeException(-1, "", null, "A recipe must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new RecipeException(-1, "", null, $"The recipe is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): {ex.Message}", ex);
        }
    }

    public async Task<RecipeResult> ExecuteAsync(string json, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default)
    {
        var recipe = Parse(json);
        var recipeName = recipe["name"]?.GetValue<string>() ?? "(unnamed)";
        if (recipe["steps"] is not JsonArray steps)
        {
            throw new RecipeException(-1, "", null, $"Recipe '{recipeName}' has no \"steps\" array.");
        }

        var byName = handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);
        var plan = new List<(int Index, string Name, JsonObject Step, IRecipeStepHandler Handler)>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || step["name"] is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var name))
            {
                throw new RecipeException(i, "?", null, "a step must be an object with a \"name\".");
            }

            if (!byName.TryGetValue(name, out var handler))
            {
                throw new RecipeException(i, name, null, $"unknown step '{name}'. Known steps: {string.Join(", ", byName.Keys.Order())}.");
            }

            plan.Add((i, name, step, handler));
        }

        var evaluator = new RecipeMacroEvaluator(recipe["variables"] as JsonObject, parameters, configuration, ids);
        var warnings = new List<string>();
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        foreach (var (index, name, step, handler) in plan)
        {
            var evaluated = (JsonObject)evaluator.Evaluate(step, (item, message) => new RecipeException(index, name, item, message))!;
            var context = new RecipeStepContext(recipeName, index, name, evaluated, services, cancellationToken);
            try
            {
                await handler.ExecuteAsync(context);
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (RecipeException)
            {
                throw;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new RecipeException(index, name, null, ex.GetBaseException().Message, ex);
            }

            warnings.AddRange(context.Warnings.Select(w => $"Step {index + 1} ('{name}'): {w}"));
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var warning in warnings)
        {
            logger.LogWarning("Recipe {Recipe}: {Warning}", recipeName, warning);
        }

        return new RecipeResult(recipeName, warnings);
    }
}
