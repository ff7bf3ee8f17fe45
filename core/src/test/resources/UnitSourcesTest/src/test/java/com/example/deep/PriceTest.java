/* A comment before the package line. */
package com.example.deep;

class PriceTest {}
