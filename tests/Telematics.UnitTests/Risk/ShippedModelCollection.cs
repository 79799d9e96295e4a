namespace Telematics.UnitTests.Risk;

[CollectionDefinition(Name)]
public sealed class ShippedModelCollection : ICollectionFixture<ShippedModelFixture>
{
    public const string Name = "Shipped model";
}
