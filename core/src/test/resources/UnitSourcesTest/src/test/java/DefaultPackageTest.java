class DefaultPackageTest {}
