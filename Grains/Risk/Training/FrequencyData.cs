using Microsoft.ML;
using Microsoft.ML.Data;

namespace Telematics.Risk;

/// <summary>Hands frequency examples to ML.NET and reads its predicted claim rates back.</summary>
public static class FrequencyData
{
    public const string Features = nameof(FrequencyRow.Features);
    public const string Label = nameof(FrequencyRow.Label);
    public const string Weight = nameof(FrequencyRow.Weight);

    public static IDataView ToDataView(MLContext ml, IReadOnlyList<FrequencyExample> examples, int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(FrequencyRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var rows = examples.Select(e => new FrequencyRow
        {
            Features = e.Features,
            Label = (float)(e.Claims / e.ExposureYears),
            Weight = (float)e.ExposureYears,
        });
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>Claims per policy-year for each example, in order.</summary>
    public static double[] PredictRates(MLContext ml, ITransformer model, IReadOnlyList<FrequencyExample> examples, int featureCount) =>
        [.. model.Transform(ToDataView(ml, examples, featureCount)).GetColumn<float>("Score").Select(s => (double)s)];
}
